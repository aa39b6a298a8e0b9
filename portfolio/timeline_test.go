package portfolio_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
)

// TestTimeline walks one partner through four years, step by step as a
// nightly job would: it reads the status, stores what HoldingStatus.Next
// says to store, and records evidence as the partner earns it. Holdings:
// 0 Analytics on Microsoft Azure, 1 Service, 2 Kubernetes, 3 Sales,
// 4 Calling for Microsoft Teams.
func TestTimeline(t *testing.T) {
	p := partner(
		portfolio.Holding{ID: "analytics-on-microsoft-azure", Enrolled: day("2025-01-01")},
		portfolio.Holding{ID: "service", Enrolled: day("2024-02-10"), Renewed: 1},
		portfolio.Holding{ID: "kubernetes", Enrolled: day("2023-05-01"), Renewed: 2},
		portfolio.Holding{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 1},
		portfolio.Holding{ID: "calling-for-microsoft-teams", Enrolled: day("2024-09-01")},
	)
	type want struct {
		states  [5]portfolio.State
		granted [5]bool
	}
	R, B, L, X := portfolio.StateRenewal, portfolio.StateBehind, portfolio.StateLapsed, portfolio.StateRetired
	steps := []struct {
		name     string
		on       string
		evidence map[int]renewal.Evidence // recorded before the status is read
		store    bool                     // store Decision.Next() of behind holdings after reading
		want     want
	}{
		{"BEN-5 2025-09-01: the Business Applications cap of 1 goes to Sales, earned first", "2025-09-01", nil, false,
			want{[5]portfolio.State{R, R, R, R, R}, [5]bool{true, false, true, true, true}}},
		{"REN-3 2025-11-20: Analytics and Sales qualify; Teams lapsed on 2025-10-02 without references", "2025-11-20",
			map[int]renewal.Evidence{0: {QualifiedOn: day("2025-11-20")}, 3: {QualifiedOn: day("2025-11-20")}}, false,
			want{[5]portfolio.State{R, R, R, R, L}, [5]bool{true, false, true, true, true}}},
		{"INT-5 2026-03-13: Service lapsed after its 2026-03-12 deadline", "2026-03-13", nil, false,
			want{[5]portfolio.State{R, L, R, R, L}, [5]bool{true, false, true, true, true}}},
		{"REN-3 2026-04-20: Kubernetes qualified in its window for its 3rd year", "2026-04-20",
			map[int]renewal.Evidence{2: {QualifiedOn: day("2026-03-10")}}, false,
			want{[5]portfolio.State{R, L, R, R, L}, [5]bool{true, false, true, true, true}}},
		{"EDN-7 2026-07-01: the cap of 3 applies to the whole year; Service, held on the anniversary, gets a benefit", "2026-07-01", nil, false,
			want{[5]portfolio.State{R, L, R, R, L}, [5]bool{true, true, true, true, true}}},
		{"EDN-3 2026-07-31: Kubernetes retires and keeps its slot", "2026-07-31", nil, false,
			want{[5]portfolio.State{R, L, X, R, L}, [5]bool{true, true, true, true, true}}},
		{"INT-8 2026-08-15: the designation anniversary frees the retired and lapsed slots", "2026-08-15", nil, false,
			want{[5]portfolio.State{R, L, X, R, L}, [5]bool{true, false, false, true, false}}},
		{"INT-10 2026-11-11: Analytics and Sales are behind once their next windows open; Next is stored", "2026-11-11", nil, true,
			want{[5]portfolio.State{B, L, X, B, L}, [5]bool{true, false, false, true, false}}},
		{"INT-10 2026-11-12: walked forward, both are judged in their new cycles", "2026-11-12", nil, false,
			want{[5]portfolio.State{R, L, X, R, L}, [5]bool{true, false, false, true, false}}},
		{"REN-5 2027-01-20: Analytics in its grace period, Sales in its window", "2027-01-20", nil, false,
			want{[5]portfolio.State{R, L, X, R, L}, [5]bool{true, false, false, true, false}}},
		{"INT-8 2027-02-10: both lapsed, and keep their benefits to the next designation anniversary", "2027-02-10", nil, false,
			want{[5]portfolio.State{L, L, X, L, L}, [5]bool{true, false, false, true, false}}},
	}
	pl := portfolio.New(catalog.Default())
	for _, s := range steps {
		for i, ev := range s.evidence {
			p.Holdings[i].Evidence = ev
		}
		st, err := pl.Status(p, day(s.on))
		if err != nil {
			t.Fatalf("%s: Status error: %v", s.name, err)
		}
		var got want
		for i, h := range st.Holdings {
			got.states[i], got.granted[i] = h.State, h.Grant.Granted
			if s.store && h.State == portfolio.StateBehind {
				p.Holdings[i] = h.Next()
			}
		}
		if diff := cmp.Diff(s.want, got, cmp.AllowUnexported(want{})); diff != "" {
			t.Fatalf("%s (-want +got):\n%s", s.name, diff)
		}
	}
}

// TestReminderTimeline walks one enrollment day by day from 130 days
// before its anniversary to 40 days after, as a reminder scheduler does:
// each day it asks Agenda and Withdrawn for that day alone, with the
// evidence the partner has by then. RULES INT-7: the schedule is the same
// for every cycle (REN-6), but once the cycle is renewed no reminder dated
// after the renewal day and no deadline is listed; Withdrawn lists exactly
// those. Analytics on Microsoft Azure, enrolled 2025-01-01: anniversary
// 2026-01-01, window 2025-11-02 … 2026-01-31, reminders 2025-09-03 (−120),
// 2025-10-03 (−90), 2025-11-02 (−60), 2025-12-02 (−30), 2026-01-01 (0),
// 2026-01-31 (+30).
func TestReminderTimeline(t *testing.T) {
	var (
		opens  = dated{day("2025-11-02"), portfolio.EventWindowOpens, 0}
		r120   = dated{day("2025-09-03"), portfolio.EventReminder, -120}
		r90    = dated{day("2025-10-03"), portfolio.EventReminder, -90}
		r60    = dated{day("2025-11-02"), portfolio.EventReminder, -60}
		r30    = dated{day("2025-12-02"), portfolio.EventReminder, -30}
		r0     = dated{day("2026-01-01"), portfolio.EventReminder, 0}
		ann    = dated{day("2026-01-01"), portfolio.EventAnniversary, 0}
		rPlus  = dated{day("2026-01-31"), portfolio.EventReminder, 30}
		dead   = dated{day("2026-01-31"), portfolio.EventDeadline, 0}
		anniv  = day("2026-01-01")
		pl     = portfolio.New(catalog.Default())
		nobody = date.Date{}
	)
	tests := []struct {
		name      string
		qualified date.Date // Evidence.QualifiedOn; zero: never
		listed    []dated   // every event Agenda lists, day by day
		withdrawn []dated   // every event Withdrawn lists, day by day
	}{
		{"REN-6 never renewed: every reminder and the deadline are listed", nobody,
			[]dated{r120, r90, opens, r60, r30, r0, ann, rPlus, dead}, nil},
		{"INT-7 renewed between two reminders: the later ones and the deadline are withdrawn", day("2025-12-10"),
			[]dated{r120, r90, opens, r60, r30, ann}, []dated{r0, rPlus, dead}},
		{"INT-7 renewed on a reminder's day: that reminder is still listed", day("2025-12-02"),
			[]dated{r120, r90, opens, r60, r30, ann}, []dated{r0, rPlus, dead}},
		{"INT-6 qualified before the window: renewed on the opening day, reminders after it withdrawn", day("2025-10-01"),
			[]dated{r120, r90, opens, r60, ann}, []dated{r30, r0, rPlus, dead}},
		{"INT-7 renewed in the grace period: only the +30 reminder and the deadline are withdrawn", day("2026-01-20"),
			[]dated{r120, r90, opens, r60, r30, r0, ann}, []dated{rPlus, dead}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := partner(portfolio.Holding{ID: "analytics-on-microsoft-azure", Enrolled: day("2025-01-01"),
				Evidence: renewal.Evidence{QualifiedOn: tt.qualified}})
			p.FirstDesignated = date.Date{} // no designation anniversaries in the way
			var listed, withdrawn []dated
			for d := anniv.AddDays(-130); !d.After(anniv.AddDays(40)); d = d.AddDays(1) {
				evs, err := pl.Agenda(p, d, d)
				if err != nil {
					t.Fatalf("Agenda(%v): %v", d, err)
				}
				w, err := pl.Withdrawn(p, d, d)
				if err != nil {
					t.Fatalf("Withdrawn(%v): %v", d, err)
				}
				listed, withdrawn = append(listed, datedOf(evs)...), append(withdrawn, datedOf(w)...)
			}
			if diff := cmp.Diff(tt.listed, listed); diff != "" {
				t.Errorf("Agenda day by day (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.withdrawn, withdrawn); diff != "" {
				t.Errorf("Withdrawn day by day (-want +got):\n%s", diff)
			}
		})
	}
}
