package renewal_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// The tests of this file prove the EDN clauses of RULES against test
// entries that mirror the EDN table (helpers_test.go): the Security change
// of 2026-07-30 (an audit instead of customer references, anniversaries 6
// months later), the retirements of 2023-01-09 (holders carried over) and
// of 2026-07-31 (not carried over).

func TestCyclesShifted(t *testing.T) {
	tests := []struct {
		name     string
		leap     renewal.LeapDay
		id       specialization.ID
		enrolled string
		want     []renewal.Cycle
	}{
		{"EDN-5 EDN-4 Security: anniversaries from 2026-07-30 on move 6 months and need an audit", renewal.LeapDayFeb28, "cloud-security", "2025-01-01",
			[]renewal.Cycle{
				{Anniversary: 1, Year: 1, Date: d("2026-01-01"), Opens: d("2025-11-02"), ValidTo: d("2026-01-31")},
				{Anniversary: 2, Year: 2, Date: d("2027-07-01"), Opens: d("2027-05-02"), ValidTo: d("2027-07-31"), Manual: true},
				{Anniversary: 3, Year: 3, Date: d("2028-07-01"), Opens: d("2028-05-02"), ValidTo: d("2028-07-31")},
				{Anniversary: 4, Year: 4, Date: d("2029-07-01"), Opens: d("2029-05-02"), ValidTo: d("2029-07-31"), Manual: true},
			}},
		{"EDN-5 a 31 August anniversary moves to the last day of February", renewal.LeapDayFeb28, "identity-and-access-management", "2025-08-31",
			[]renewal.Cycle{
				{Anniversary: 1, Year: 1, Date: d("2027-02-28"), Opens: d("2026-12-30"), ValidTo: d("2027-03-30")},
				{Anniversary: 2, Year: 2, Date: d("2028-02-29"), Opens: d("2027-12-31"), ValidTo: d("2028-03-30"), Manual: true},
				{Anniversary: 3, Year: 3, Date: d("2029-02-28"), Opens: d("2028-12-30"), ValidTo: d("2029-03-30")},
			}},
		{"EDN-5 INT-2 a 29 February enrollment: each shift applies to the anniversary before any shift", renewal.LeapDayFeb28, "threat-protection", "2024-02-29",
			[]renewal.Cycle{
				{Anniversary: 1, Year: 1, Date: d("2025-02-28"), Opens: d("2024-12-30"), ValidTo: d("2025-03-30")},
				{Anniversary: 2, Year: 2, Date: d("2026-02-28"), Opens: d("2025-12-30"), ValidTo: d("2026-03-30"), Manual: true},
				{Anniversary: 3, Year: 3, Date: d("2027-08-28"), Opens: d("2027-06-29"), ValidTo: d("2027-09-27")},
				{Anniversary: 4, Year: 4, Date: d("2028-08-29"), Opens: d("2028-06-30"), ValidTo: d("2028-09-28"), Manual: true},
				{Anniversary: 5, Year: 5, Date: d("2029-08-28"), Opens: d("2029-06-29"), ValidTo: d("2029-09-27")},
			}},
		{"EDN-5 INT-2 a 29 February enrollment under LeapDayMar1", renewal.LeapDayMar1, "threat-protection", "2024-02-29",
			[]renewal.Cycle{
				{Anniversary: 1, Year: 1, Date: d("2025-03-01"), Opens: d("2024-12-31"), ValidTo: d("2025-03-31")},
				{Anniversary: 2, Year: 2, Date: d("2026-03-01"), Opens: d("2025-12-31"), ValidTo: d("2026-03-31"), Manual: true},
				{Anniversary: 3, Year: 3, Date: d("2027-09-01"), Opens: d("2027-07-03"), ValidTo: d("2027-10-01")},
				{Anniversary: 4, Year: 4, Date: d("2028-08-29"), Opens: d("2028-06-30"), ValidTo: d("2028-09-28"), Manual: true},
				{Anniversary: 5, Year: 5, Date: d("2029-09-01"), Opens: d("2029-07-03"), ValidTo: d("2029-10-01")},
			}},
		{"EDN-5 an anniversary on the change's day moves", renewal.LeapDayFeb28, "cloud-security", "2024-07-30",
			[]renewal.Cycle{
				{Anniversary: 1, Year: 1, Date: d("2025-07-30"), Opens: d("2025-05-31"), ValidTo: d("2025-08-29")},
				{Anniversary: 2, Year: 2, Date: d("2027-01-30"), Opens: d("2026-12-01"), ValidTo: d("2027-03-01"), Manual: true},
			}},
		{"EDN-5 EDN-4 an anniversary the day before the change stays, with customer references", renewal.LeapDayFeb28, "cloud-security", "2024-07-29",
			[]renewal.Cycle{
				{Anniversary: 1, Year: 1, Date: d("2025-07-29"), Opens: d("2025-05-30"), ValidTo: d("2025-08-28")},
				{Anniversary: 2, Year: 2, Date: d("2026-07-29"), Opens: d("2026-05-30"), ValidTo: d("2026-08-28"), Manual: true},
				{Anniversary: 3, Year: 3, Date: d("2028-01-29"), Opens: d("2027-11-30"), ValidTo: d("2028-02-28")},
			}},
		{"EDN-5 an enrollment made on the change's day is not moved", renewal.LeapDayFeb28, "cloud-security", "2026-07-30",
			[]renewal.Cycle{
				{Anniversary: 1, Year: 1, Date: d("2027-07-30"), Opens: d("2027-05-31"), ValidTo: d("2027-08-29")},
			}},
		{"EDN-3 cycles are date arithmetic and go on past retirement", renewal.LeapDayFeb28, "kubernetes", "2025-01-01",
			[]renewal.Cycle{
				{Anniversary: 1, Year: 1, Date: d("2026-01-01"), Opens: d("2025-11-02"), ValidTo: d("2026-01-31")},
				{Anniversary: 2, Year: 2, Date: d("2027-01-01"), Opens: d("2026-11-02"), ValidTo: d("2027-01-31"), Manual: true},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := renewal.DefaultPolicy()
			p.LeapDay = tt.leap
			e := enroll(t, tt.id, tt.enrolled, 0)
			if diff := cmp.Diff(tt.want, firstCycles(p, e, len(tt.want))); diff != "" {
				t.Errorf("Cycles(%s enrolled %s) (-want +got):\n%s", tt.id, tt.enrolled, diff)
			}
		})
	}
}

// INT-4 still counts anniversaries in order when a shift carries one over
// the first reviewed day: with reviews starting on 2027-03-01, anniversary
// 2 of a 2025-01-01 Security enrollment is reviewed because it moved from
// 2027-01-01 to 2027-07-01.
func TestCyclesShiftedReviewStart(t *testing.T) {
	p := renewal.DefaultPolicy()
	p.ReviewsFrom, p.ManualFrom = d("2027-03-01"), d("2027-03-01")
	e := enroll(t, "cloud-security", "2025-01-01", 0)
	want := []renewal.Cycle{
		{Anniversary: 1, Year: 0, Date: d("2026-01-01"), Opens: d("2025-11-02"), ValidTo: d("2026-01-31")},
		{Anniversary: 2, Year: 1, Date: d("2027-07-01"), Opens: d("2027-05-02"), ValidTo: d("2027-07-31")},
		{Anniversary: 3, Year: 2, Date: d("2028-07-01"), Opens: d("2028-05-02"), ValidTo: d("2028-07-31"), Manual: true},
	}
	if diff := cmp.Diff(want, firstCycles(p, e, len(want))); diff != "" {
		t.Errorf("EDN-5 INT-4 Cycles (-want +got):\n%s", diff)
	}
}

func TestEvaluateEditions(t *testing.T) {
	ev := func(q, v string) renewal.Evidence { return renewal.Evidence{QualifiedOn: d(q), ValidatedOn: d(v)} }
	before := renewal.Cycle{Anniversary: 2, Year: 2, Date: d("2026-06-01"), Opens: d("2026-04-02"), ValidTo: d("2026-07-01"), Manual: true}
	after := renewal.Cycle{Anniversary: 2, Year: 2, Date: d("2027-07-01"), Opens: d("2027-05-02"), ValidTo: d("2027-07-31"), Manual: true}
	k := renewal.Cycle{Anniversary: 2, Year: 2, Date: d("2026-09-15"), Opens: d("2026-07-17"), ValidTo: d("2026-10-15"), Manual: true}
	k29 := renewal.Cycle{Anniversary: 2, Year: 2, Date: d("2026-06-29"), Opens: d("2026-04-30"), ValidTo: d("2026-07-29"), Manual: true}
	k30 := renewal.Cycle{Anniversary: 2, Year: 2, Date: d("2026-06-30"), Opens: d("2026-05-01"), ValidTo: d("2026-07-30"), Manual: true}
	sec24 := enroll(t, "cloud-security", "2024-06-01", 1)
	sec25 := enroll(t, "cloud-security", "2025-01-01", 1)
	kube := enroll(t, "kubernetes", "2024-09-15", 1)
	runEvalCases(t, renewal.DefaultPolicy(), []evalCase{
		{"EDN-4 even year before 2026-07-30 needs customer references", sec24, ev("2026-04-10", ""), "2026-05-01",
			before, renewal.PhaseWindowOpen, renewal.OutcomePending, "", ref},
		{"EDN-4 customer references renew the even year before 2026-07-30", sec24, ev("2026-04-10", "2026-04-20"), "2026-05-01",
			before, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2026-04-20", 0},
		{"EDN-4 EDN-5 even year after 2026-07-30 needs an audit, the anniversary 6 months later", sec25, ev("2027-05-10", ""), "2027-06-01",
			after, renewal.PhaseWindowOpen, renewal.OutcomePending, "", audit},
		{"EDN-5 INT-5 the day the unshifted anniversary would have closed the window is long before the moved window", sec25, ev("", ""), "2027-01-01",
			after, renewal.PhaseActive, renewal.OutcomeNotDue, "", q | audit},
		{"EDN-5 grace moves with the anniversary", sec25, ev("2027-05-10", ""), "2027-07-31",
			after, renewal.PhaseGrace, renewal.OutcomePending, "", audit},
		{"EDN-5 INT-6 the previous anniversary 2026-01-01 bounds a stale validation", sec25, ev("2027-05-10", "2026-01-01"), "2027-06-01",
			after, renewal.PhaseWindowOpen, renewal.OutcomePending, "", audit},
		{"EDN-5 INT-6 an audit after the previous anniversary counts", sec25, ev("2027-05-10", "2026-01-02"), "2027-06-01",
			after, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2027-05-10", 0},
		{"EDN-5 INT-5 lapsed the day after the moved valid-to date", sec25, ev("2027-05-10", ""), "2027-08-01",
			after, renewal.PhaseLapsed, renewal.OutcomeLapsed, "", audit},

		{"EDN-3 the day before the retirement day the cycle is judged as usual", kube, ev("", ""), "2026-07-30",
			k, renewal.PhaseWindowOpen, renewal.OutcomePending, "", q | audit},
		{"EDN-3 on the retirement day a pending cycle is retired", kube, ev("", ""), "2026-07-31",
			k, renewal.PhaseRetired, renewal.OutcomeRetired, "", 0},
		{"EDN-3 a cycle renewed before retirement is retired too", kube, ev("2026-07-20", "2026-07-25"), "2026-08-01",
			k, renewal.PhaseRetired, renewal.OutcomeRetired, "", 0},
		{"EDN-3 evidence after the retirement day changes nothing", kube, ev("2026-08-05", "2026-08-05"), "2026-08-10",
			k, renewal.PhaseRetired, renewal.OutcomeRetired, "", 0},
		{"EDN-3 a not-due cycle is retired, years later", enroll(t, "kubernetes", "2025-09-15", 0), ev("", ""), "2030-01-01",
			renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2026-09-15"), Opens: d("2026-07-17"), ValidTo: d("2026-10-15")},
			renewal.PhaseRetired, renewal.OutcomeRetired, "", 0},
		{"EDN-3 a cycle that lapsed before the day before retirement stays lapsed", enroll(t, "kubernetes", "2024-06-29", 1), ev("", ""), "2026-07-31",
			k29, renewal.PhaseLapsed, renewal.OutcomeLapsed, "", q | audit},
		{"EDN-3 a cycle whose grace ends the day before retirement is retired", enroll(t, "kubernetes", "2024-06-30", 1), ev("", ""), "2026-07-31",
			k30, renewal.PhaseRetired, renewal.OutcomeRetired, "", 0},
	})
}

// EDN-3 names the retirement, the replacement and whether holders move.
func TestReasonsEditions(t *testing.T) {
	tests := []struct {
		name   string
		dec    renewal.Decision
		clause string
		text   string
	}{
		{"EDN-5 the reason names the unshifted anniversary, the change and the moved day",
			evaluate(t, enroll(t, "cloud-security", "2025-01-01", 1), renewal.Evidence{}, "2027-06-01"),
			"EDN-5", "anniversary 2 falls on 2027-01-01 by INT-2 and moves to 2027-07-01: the change of 2026-07-30 moves the anniversaries on or after that day of enrollments made before it 6 months later; its window, grace period and reminders move with it"},
		{"EDN-4 the reason names the validation of the anniversary's terms",
			evaluate(t, enroll(t, "cloud-security", "2025-01-01", 1), renewal.Evidence{}, "2027-06-01"),
			"EDN-4", "the cycle follows the terms in force on its anniversary 2027-07-01: its manual validation is an audit since 2026-07-30 (approved customer references when enrolled)"},
		{"EDN-4 a rename after the validation change does not move the day it is named by",
			evaluate(t, enroll(t, "information-protection-and-governance", "2025-01-01", 1), renewal.Evidence{}, "2027-06-01"),
			"EDN-4", "its manual validation is an audit since 2026-07-30"},
		{"EDN-3 retired without carry-over names the replacement",
			evaluate(t, enroll(t, "kubernetes", "2024-09-15", 1), renewal.Evidence{}, "2026-07-31"),
			"EDN-3", "the entry retired on 2026-07-31: on 2026-07-31 the enrollment has ended, neither renewed nor lapsed, its cycle judged as of 2026-07-30; it was replaced by app-modernization, and holders are not carried over"},
		{"EDN-3 EDN-6 retired with carry-over says holders are carried over",
			evaluate(t, enroll(t, "windows-server-sql-server-migration", "2021-05-17", 0), renewal.Evidence{}, "2023-01-09"),
			"EDN-3", "its holders are carried over to infra-and-database-migration with the same anniversary (EDN-6)"},
		{"EDN-3 retired with no replacement",
			evaluate(t, enroll(t, "adoption-and-change-management", "2025-09-01", 0), renewal.Evidence{}, "2026-07-01"),
			"EDN-3", "the entry retired on 2026-06-25: on 2026-07-01 the enrollment has ended, neither renewed nor lapsed, its cycle judged as of 2026-06-24"},
		{"EDN-3 lapsed before retirement",
			evaluate(t, enroll(t, "kubernetes", "2024-06-29", 1), renewal.Evidence{}, "2026-07-31"),
			"EDN-3", "the entry retired on 2026-07-31, after the cycle had lapsed: the enrollment stays lapsed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if rs := tt.dec.Reasons(); !hasReason(rs, tt.clause, tt.text) {
				t.Errorf("Reasons() = %v, want a %s reason containing %q", rs, tt.clause, tt.text)
			}
		})
	}
}

// The window, the grace period and the reminders move with a shifted
// anniversary (EDN-5): a Security enrollment of 2025-01-01 walked around
// its 2nd anniversary, moved from 2027-01-01 to 2027-07-01, qualified
// before the window and audited on 2027-07-20, in grace.
func TestTimelineShifted(t *testing.T) {
	e := enroll(t, "cloud-security", "2025-01-01", 1)
	walk(t, e, renewal.Evidence{QualifiedOn: d("2027-04-01"), ValidatedOn: d("2027-07-20")}, []step{
		{-130, renewal.PhaseActive, renewal.OutcomeNotDue, q | audit},
		{-60, renewal.PhaseWindowOpen, renewal.OutcomePending, audit},
		{1, renewal.PhaseGrace, renewal.OutcomePending, audit},
		{19, renewal.PhaseGrace, renewal.OutcomeRenewed, 0},
		{31, renewal.PhaseActive, renewal.OutcomeRenewed, 0},
	})
}

func TestCarryOver(t *testing.T) {
	infra := spec(t, "infra-and-database-migration")
	ws := enroll(t, "windows-server-sql-server-migration", "2021-05-17", 0)
	got, err := renewal.CarryOver(ws, infra)
	if err != nil {
		t.Fatal(err)
	}
	want := renewal.Enrollment{Item: infra, Enrolled: d("2021-05-17")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("EDN-6 CarryOver (-want +got):\n%s", diff)
	}
	// The real case: the 2021 enrollment continues as Infra and Database
	// Migration with its anniversary, judged under the replacement's terms.
	dec := evaluate(t, got, renewal.Evidence{QualifiedOn: d("2023-04-01")}, "2023-05-20")
	wantCycle := renewal.Cycle{Anniversary: 2, Year: 1, Date: d("2023-05-17"), Opens: d("2023-03-18"), ValidTo: d("2023-06-16")}
	if diff := cmp.Diff(wantCycle, dec.Cycle); diff != "" || dec.Outcome != renewal.OutcomeRenewed {
		t.Errorf("EDN-6 the moved enrollment keeps its anniversary: %v (-want +got):\n%s", dec.Outcome, diff)
	}
	if got := dec.Explain("en"); got[:len("Infra and Database Migration")] != "Infra and Database Migration" {
		t.Errorf("EDN-6 Explain names the replacement: %q", got)
	}
	// EDN-6: judged under the replacement's terms even on a day before
	// it was introduced.
	if _, err := renewal.DefaultPolicy().Evaluate(got, renewal.Evidence{}, d("2022-06-01")); err != nil {
		t.Errorf("EDN-6 Evaluate of the moved enrollment before its entry's introduction: %v", err)
	}
}

func TestCarryOverRejects(t *testing.T) {
	ws := enroll(t, "windows-server-sql-server-migration", "2021-05-17", 1)
	tests := []struct {
		name string
		e    renewal.Enrollment
		to   specialization.Specialization
		want error
	}{
		{"EDN-6 without the statement a retired entry just ends", enroll(t, "kubernetes", "2024-09-15", 0), spec(t, "app-modernization"), renewal.ErrNotCarriedOver},
		{"EDN-6 only into the replacing entry", ws, spec(t, "analytics-on-microsoft-azure"), renewal.ErrNotCarriedOver},
		{"EDN-6 into no entry", ws, specialization.Specialization{}, renewal.ErrNotCarriedOver},
		{"EDN-6 an entry that has not retired carries nothing over", enroll(t, "finance", "2024-09-15", 0), spec(t, "sales"), renewal.ErrNotCarriedOver},
		{"REN-1 an invalid enrollment", renewal.Enrollment{Item: ws.Item}, spec(t, "infra-and-database-migration"), renewal.ErrInvalidEnrollment},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := renewal.CarryOver(tt.e, tt.to)
			if !errors.Is(err, tt.want) {
				t.Errorf("CarryOver(%v, %v) = %v, %v; want error wrapping %v", tt.e.Item, tt.to, got, err, tt.want)
			}
			if diff := cmp.Diff(renewal.Enrollment{}, got); diff != "" {
				t.Errorf("CarryOver on error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestKeepOne(t *testing.T) {
	infra := spec(t, "infra-and-database-migration")
	moved := func(id specialization.ID, on string, renewed int) renewal.Enrollment {
		t.Helper()
		e, err := renewal.CarryOver(enroll(t, id, on, renewed), infra)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	ws := moved("windows-server-sql-server-migration", "2021-05-17", 0)
	tests := []struct {
		name string
		a, b renewal.Enrollment
		want renewal.Enrollment
	}{
		{"EDN-6 two entries moved into one: the later next anniversary (2023-05-17 after 2023-03-01) is kept",
			ws, moved("linux-open-source-database-migration", "2022-03-01", 0), ws},
		{"EDN-6 same day next anniversary: the earlier enrollment is kept",
			moved("linux-open-source-database-migration", "2022-05-17", 0), ws, ws},
		{"EDN-6 an anniversary on the retirement day is not after it: its next one is a year later",
			ws, moved("linux-open-source-database-migration", "2022-01-09", 0), moved("linux-open-source-database-migration", "2022-01-09", 0)},
		{"EDN-6 enrolled the same day: the one with more anniversaries survived",
			ws, moved("linux-open-source-database-migration", "2021-05-17", 1), moved("linux-open-source-database-migration", "2021-05-17", 1)},
	}
	p := renewal.DefaultPolicy()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, pair := range [][2]renewal.Enrollment{{tt.a, tt.b}, {tt.b, tt.a}} {
				got, err := p.KeepOne(pair[0], pair[1], d("2023-01-09"))
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("KeepOne(%v, %v) (-want +got):\n%s", pair[0].Enrolled, pair[1].Enrolled, diff)
				}
			}
		})
	}
	other := enroll(t, "kubernetes", "2022-01-01", 0)
	if _, err := p.KeepOne(ws, other, d("2023-01-09")); !errors.Is(err, renewal.ErrInvalidEnrollment) {
		t.Errorf("EDN-6 KeepOne of two entries: error %v, want ErrInvalidEnrollment", err)
	}
	if _, err := p.KeepOne(ws, ws, d("")); !errors.Is(err, renewal.ErrNoAsOf) {
		t.Errorf("EDN-6 KeepOne without a day: error %v, want ErrNoAsOf", err)
	}
}

// EDN-4: Needs gives the requirements of any cycle by the terms of its
// anniversary, as Evaluate does for the cycle under review.
func TestNeeds(t *testing.T) {
	p := renewal.DefaultPolicy()
	tests := []struct {
		name     string
		id       specialization.ID
		enrolled string
		n        int
		want     renewal.Requirements
	}{
		{"REN-3 odd year: the qualification requirements", "cloud-security", "2024-07-01", 1, q},
		{"REN-4 EDN-4 even year before 2026-07-30: approved customer references", "cloud-security", "2024-07-01", 2, q | ref},
		{"EDN-4 EDN-5 even year after 2026-07-30: an audit", "cloud-security", "2024-07-01", 4, q | audit},
		{"REN-4 Business Applications: never a manual validation", "sales", "2024-07-01", 2, q},
		{"REN-4 Azure: an audit", "analytics-on-microsoft-azure", "2024-07-01", 2, q | audit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := enroll(t, tt.id, tt.enrolled, 0)
			c, err := p.Cycle(e, tt.n)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, e.Needs(c)); diff != "" {
				t.Errorf("Needs(cycle %d on %v) (-want +got):\n%s", tt.n, c.Date, diff)
			}
		})
	}
	if got := (renewal.Enrollment{}).Needs(renewal.Cycle{Anniversary: 1}); got != 0 {
		t.Errorf("Needs of a zero Enrollment = %v, want nothing", got)
	}
	if got := enroll(t, "sales", "2024-07-01", 0).Needs(renewal.Cycle{}); got != 0 {
		t.Errorf("Needs of a zero Cycle = %v, want nothing", got)
	}
}
