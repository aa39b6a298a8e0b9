package portfolio_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/catalog"
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
