package portfolio_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	sp "github.com/partnerkit/specializations/specialization"
)

// holdingView is what the state tests compare of a HoldingStatus.
type holdingView struct {
	State     portfolio.State
	Item      sp.ID
	HeldUntil date.Date
	Cycle     date.Date       // the anniversary under review; zero without a decision
	Outcome   renewal.Outcome // zero without a decision
}

func viewOf(h portfolio.HoldingStatus) holdingView {
	return holdingView{h.State, h.Item.ID(), h.HeldUntil, h.Decision.Cycle.Date, h.Decision.Outcome}
}

func TestStatusStates(t *testing.T) {
	q := func(on string) renewal.Evidence { return renewal.Evidence{QualifiedOn: day(on)} }
	tests := []struct {
		name  string
		hs    []portfolio.Holding
		asOf  string
		index int // the holding looked at
		want  holdingView
	}{
		{"INT-5 enrolled after the as-of day: not enrolled yet",
			[]portfolio.Holding{{ID: "sales", Enrolled: day("2027-01-10")}}, "2026-12-01", 0,
			holdingView{portfolio.StateNotEnrolled, "sales", date.Date{}, date.Date{}, 0}},
		{"REN-3 odd year pending inside its window",
			[]portfolio.Holding{{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 2}}, "2026-12-01", 0,
			holdingView{portfolio.StateRenewal, "sales", date.Date{}, day("2027-01-10"), renewal.OutcomePending}},
		{"INT-10 renewed cycle and the next window open: behind",
			[]portfolio.Holding{{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 1, Evidence: q("2025-12-01")}}, "2026-12-01", 0,
			holdingView{portfolio.StateBehind, "sales", date.Date{}, day("2026-01-10"), renewal.OutcomeRenewed}},
		{"INT-5 lapsed: held until the day after the deadline",
			[]portfolio.Holding{{ID: "service", Enrolled: day("2024-02-10"), Renewed: 1}}, "2026-12-01", 0,
			holdingView{portfolio.StateLapsed, "service", day("2026-03-13"), day("2026-02-10"), renewal.OutcomeLapsed}},
		{"REN-1 an expert program is held, not renewed",
			[]portfolio.Holding{{ID: "azure-expert-msp", Enrolled: day("2023-05-01")}}, "2026-12-01", 0,
			holdingView{portfolio.StateExpertProgram, "azure-expert-msp", date.Date{}, date.Date{}, 0}},
		{"EDN-3 Azure Expert MSP retires 2027-02-01",
			[]portfolio.Holding{{ID: "azure-expert-msp", Enrolled: day("2023-05-01")}}, "2027-02-01", 0,
			holdingView{portfolio.StateRetired, "azure-expert-msp", day("2027-02-01"), date.Date{}, 0}},
		{"EDN-3 the day before Kubernetes retires",
			[]portfolio.Holding{{ID: "kubernetes", Enrolled: day("2023-05-01"), Renewed: 3}}, "2026-07-30", 0,
			holdingView{portfolio.StateRenewal, "kubernetes", date.Date{}, day("2027-05-01"), renewal.OutcomeNotDue}},
		{"EDN-3 Kubernetes retired on 2026-07-31, nobody moved",
			[]portfolio.Holding{{ID: "kubernetes", Enrolled: day("2023-05-01"), Renewed: 3}}, "2026-07-31", 0,
			holdingView{portfolio.StateRetired, "kubernetes", day("2026-07-31"), day("2027-05-01"), renewal.OutcomeRetired}},
		{"EDN-3 a cycle lapsed before the retirement stays lapsed",
			[]portfolio.Holding{{ID: "kubernetes", Enrolled: day("2023-05-01"), Renewed: 2}}, "2026-08-01", 0,
			holdingView{portfolio.StateLapsed, "kubernetes", day("2026-06-01"), day("2026-05-01"), renewal.OutcomeLapsed}},
		{"EDN-6 a 2021 Windows Server migration continues as Infra and Database Migration",
			[]portfolio.Holding{{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17")}}, "2023-02-01", 0,
			holdingView{portfolio.StateCarriedOver, "infra-and-database-migration", date.Date{}, day("2023-05-17"), renewal.OutcomeNotDue}},
		{"EDN-6 the day before the carry-over it is still Windows Server migration",
			[]portfolio.Holding{{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17")}}, "2023-01-08", 0,
			holdingView{portfolio.StateRenewal, "windows-server-sql-server-migration", date.Date{}, day("2023-05-17"), renewal.OutcomeNotDue}},
		{"EDN-6 two moved into one: the later next anniversary is kept",
			[]portfolio.Holding{{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17")},
				{ID: "linux-open-source-database-migration", Enrolled: day("2022-03-01")}}, "2023-01-09", 0,
			holdingView{portfolio.StateCarriedOver, "infra-and-database-migration", date.Date{}, day("2023-05-17"), renewal.OutcomeNotDue}},
		{"EDN-6 two moved into one: the other is merged on the retirement day",
			[]portfolio.Holding{{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17")},
				{ID: "linux-open-source-database-migration", Enrolled: day("2022-03-01")}}, "2023-01-09", 1,
			holdingView{portfolio.StateMerged, "infra-and-database-migration", day("2023-01-09"), date.Date{}, 0}},
		{"EDN-6 merged stays merged after the kept one lapses",
			[]portfolio.Holding{{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17")},
				{ID: "linux-open-source-database-migration", Enrolled: day("2022-03-01")}}, "2026-12-01", 1,
			holdingView{portfolio.StateMerged, "infra-and-database-migration", day("2023-01-09"), date.Date{}, 0}},
		{"a holding given up ends on its Ended day",
			[]portfolio.Holding{{ID: "sales", Enrolled: day("2024-01-10"), Ended: day("2025-06-01")}}, "2026-12-01", 0,
			holdingView{portfolio.StateEnded, "sales", day("2025-06-01"), date.Date{}, 0}},
	}
	pl := portfolio.New(catalog.Default())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := pl.Status(partner(tt.hs...), day(tt.asOf))
			if err != nil {
				t.Fatalf("Status(%s) error: %v", tt.asOf, err)
			}
			if diff := cmp.Diff(tt.want, viewOf(st.Holdings[tt.index])); diff != "" {
				t.Errorf("Status(%s).Holdings[%d] (-want +got):\n%s", tt.asOf, tt.index, diff)
			}
		})
	}
}

// grantView is what the benefit tests compare of a holding's grant.
type grantView struct {
	Granted bool
	Rank    int
	Clause  string
}

func TestStatusBenefits(t *testing.T) {
	ba := []portfolio.Holding{
		{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 2},
		{ID: "service", Enrolled: day("2024-02-10"), Renewed: 2},
	}
	kube := []portfolio.Holding{{ID: "kubernetes", Enrolled: day("2023-05-01"), Renewed: 3}}
	teams := []portfolio.Holding{{ID: "calling-for-microsoft-teams", Enrolled: day("2024-09-01"), Renewed: 1}}
	tests := []struct {
		name  string
		hs    []portfolio.Holding
		asOf  string
		index int
		want  grantView
	}{
		{"BEN-5 under the cap of 1 the second Business Applications item is withheld", ba, "2026-06-30", 1, grantView{false, 0, "BEN-5"}},
		{"EDN-7 the cap raised to 3 on 2026-07-01 lets it in for the whole year", ba, "2026-07-01", 1, grantView{true, 2, "BEN-2"}},
		{"BEN-2 the first one is granted either way", ba, "2026-06-30", 0, grantView{true, 1, "BEN-2"}},
		{"EDN-3 a retired item keeps its slot until the next designation anniversary", kube, "2026-08-14", 0, grantView{true, 1, "EDN-3"}},
		{"EDN-3 on the designation anniversary the retired item is no longer held", kube, "2026-08-15", 0, grantView{false, 0, "EDN-3"}},
		{"INT-8 a lapsed renewal keeps its benefit until the designation anniversary", teams, "2026-10-02", 0, grantView{true, 1, "INT-8"}},
		{"INT-8 the day before the lapse it is plainly granted", teams, "2026-10-01", 0, grantView{true, 1, "BEN-2"}},
	}
	pl := portfolio.New(catalog.Default())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := pl.Status(partner(tt.hs...), day(tt.asOf))
			if err != nil {
				t.Fatalf("Status(%s) error: %v", tt.asOf, err)
			}
			g := st.Holdings[tt.index].Grant
			if diff := cmp.Diff(tt.want, grantView{g.Granted, g.Rank, g.Reason.Clause}); diff != "" {
				t.Errorf("Status(%s).Holdings[%d].Grant (-want +got):\n%s\n%s", tt.asOf, tt.index, diff, g.Reason.Text)
			}
		})
	}
}

// TestStatusErrors: each error wraps what a caller branches on, names the
// holding by position, and reads once: the package, the values, then the
// sentinel's words, no phrase twice.
func TestStatusErrors(t *testing.T) {
	tests := []struct {
		name    string
		p       portfolio.Partner
		asOf    date.Date
		want    error
		holding int // -1: no HoldingError
		msg     string
	}{
		{"CAT-1 an ID the catalog does not have", partner(portfolio.Holding{ID: "sales", Enrolled: day("2024-01-10")},
			portfolio.Holding{ID: "nope", Enrolled: day("2024-01-01")}), day("2026-01-01"), portfolio.ErrUnknownEntry, 1,
			"portfolio: holding 1 (nope): unknown entry"},
		{"INT-10 more renewals than windows opened", partner(portfolio.Holding{ID: "sales", Enrolled: day("2025-01-10"), Renewed: 10}),
			day("2026-01-01"), renewal.ErrRenewedAhead, 0,
			"portfolio: holding 0: enrollment sales: renewed 10 times by 2026-01-01, after 1 renewal window: more anniversaries survived than windows opened"},
		{"INT-10 a negative Renewed count", partner(portfolio.Holding{ID: "sales", Enrolled: day("2025-01-10"), Renewed: -1}),
			day("2026-01-01"), renewal.ErrInvalidEnrollment, 0,
			"portfolio: holding 0: enrollment sales: Renewed -1: invalid enrollment"},
		{"INT-5 no Enrolled day", partner(portfolio.Holding{ID: "sales"}), day("2026-01-01"), renewal.ErrInvalidEnrollment, 0,
			"portfolio: holding 0 (sales): no Enrolled day: invalid enrollment"},
		{"INT-5 ended before enrolled", partner(portfolio.Holding{ID: "sales", Enrolled: day("2025-01-10"), Ended: day("2025-01-01")}),
			day("2026-01-01"), portfolio.ErrEndedBeforeEnrolled, 0,
			"portfolio: holding 0 (sales): enrolled 2025-01-10, ended 2025-01-01: end not after enrollment"},
		{"REN-1 renewal data for an expert program", partner(portfolio.Holding{ID: "azure-expert-msp", Enrolled: day("2023-05-01"),
			Renewed: 2}), day("2026-01-01"), renewal.ErrNotRenewable, 0,
			"portfolio: holding 0 (azure-expert-msp): renewal data (renewed 2) for a program with its own yearly audit (REN-1): expert program"},
		{"REN-1 evidence for an expert program", partner(portfolio.Holding{ID: "azure-expert-msp", Enrolled: day("2023-05-01"),
			Evidence: renewal.Evidence{ValidatedOn: day("2025-05-01")}}), day("2026-01-01"), renewal.ErrNotRenewable, 0,
			"portfolio: holding 0 (azure-expert-msp): renewal data (evidence) for a program with its own yearly audit (REN-1): expert program"},
		{"ENR-4 a validation for Business Applications", partner(portfolio.Holding{ID: "sales", Enrolled: day("2025-01-10"),
			Evidence: renewal.Evidence{ValidatedOn: day("2025-12-01")}}), day("2026-01-01"), portfolio.ErrNoManualValidation, 0,
			"portfolio: holding 0 (sales): validated 2025-12-01 (ENR-4): no manual validation"},
		{"EDN-3 enrolled before the entry was introduced", partner(portfolio.Holding{ID: "app-modernization", Enrolled: day("2025-01-10")}),
			day("2026-01-01"), sp.ErrNotOffered, 0,
			`portfolio: holding 0: entry "app-modernization" (App Modernization on Microsoft Azure) on 2025-01-10: introduced 2026-07-31: not offered`},
		{"INT-8 one entry held twice at once, named by position in Partner.Holdings", partner(portfolio.Holding{ID: "sales", Enrolled: day("2025-01-10")},
			portfolio.Holding{ID: "service", Enrolled: day("2027-01-10")}, portfolio.Holding{ID: "sales", Enrolled: day("2025-03-10")}),
			day("2026-02-01"), benefits.ErrOverlap, 2,
			"portfolio: holding 2 (sales): held from 2025-03-10, holding 0 from 2025-01-10: overlapping holdings"},
		{"INT-1 no as-of day", partner(), date.Date{}, portfolio.ErrNoAsOf, -1, "portfolio: status: no as-of day"},
		{"INT-8 first designated after the as-of day", portfolio.Partner{FirstDesignated: day("2027-01-01")},
			day("2026-01-01"), portfolio.ErrNoDesignationDay, -1,
			"portfolio: as of 2026-01-01, first designated 2027-01-01: no designation day"},
	}
	pl := portfolio.New(catalog.Default())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := pl.Status(tt.p, tt.asOf)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Status() error = %v, want %v", err, tt.want)
			}
			if diff := cmp.Diff(tt.msg, err.Error()); diff != "" {
				t.Errorf("Status() error message (-want +got):\n%s", diff)
			}
			var he *portfolio.HoldingError
			if got := errors.As(err, &he); got != (tt.holding >= 0) || (got && he.Index != tt.holding) {
				t.Errorf("Status() error %v: HoldingError for holding %d wanted", err, tt.holding)
			}
		})
	}
}

// TestErrorMessages: the errors of Agenda and WhatIf read once too.
func TestErrorMessages(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	agenda := func(from, to date.Date) func() error {
		return func() error { _, err := pl.Agenda(partner(), from, to); return err }
	}
	whatIf := func(id sp.ID, on string) func() error {
		return func() error { _, err := pl.WhatIf(partner(), id, day(on)); return err }
	}
	tests := []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		{"INT-1 an agenda without a start", agenda(date.Date{}, day("2026-01-01")), portfolio.ErrNoAsOf, "portfolio: agenda: no as-of day"},
		{"INT-7 an agenda ending before it starts", agenda(day("2026-01-02"), day("2026-01-01")), portfolio.ErrRange,
			"portfolio: agenda from 2026-01-02 to 2026-01-01: reversed range"},
		{"CAT-1 what if an unknown entry", whatIf("nope", "2026-01-01"), portfolio.ErrUnknownEntry, "portfolio: what if nope: unknown entry"},
		{"INT-8 what if an entry the partner holds", func() error {
			_, err := pl.WhatIf(partner(portfolio.Holding{ID: "service", Enrolled: day("2026-01-10")},
				portfolio.Holding{ID: "sales", Enrolled: day("2025-01-10")}), "sales", day("2026-02-01"))
			return err
		}, benefits.ErrOverlap, "portfolio: what if sales on 2026-02-01: held by holding 1: overlapping holdings"},
		{"EDN-3 what if an entry closed to new enrollments", whatIf("kubernetes", "2027-01-01"), sp.ErrNotOffered,
			`portfolio: what if: entry "kubernetes" (Kubernetes on Microsoft Azure) on 2027-01-01: closed to new enrollments from 2026-07-31: not offered`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			if diff := cmp.Diff(tt.msg, err.Error()); diff != "" {
				t.Errorf("error message (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStatusCustomCatalog: entries come from the catalog the planner is
// given, not from the built-in one.
func TestStatusCustomCatalog(t *testing.T) {
	c, err := catalog.New(sp.Definition{ID: "in-house", Kind: sp.KindSpecialization, Category: sp.CategorySecurity,
		Name: "In-house Security", Designations: sp.Designations(sp.DesignationSecurity), Validation: sp.ValidationAudit})
	if err != nil {
		t.Fatal(err)
	}
	pl := portfolio.New(c)
	st, err := pl.Status(partner(portfolio.Holding{ID: "in-house", Enrolled: day("2025-03-01")}), day("2026-02-01"))
	if err != nil {
		t.Fatal(err)
	}
	want := holdingView{portfolio.StateRenewal, "in-house", date.Date{}, day("2026-03-01"), renewal.OutcomePending}
	if diff := cmp.Diff(want, viewOf(st.Holdings[0])); diff != "" {
		t.Errorf("custom catalog (-want +got):\n%s", diff)
	}
	if _, err := portfolio.New(catalog.Default()).Status(partner(portfolio.Holding{ID: "in-house", Enrolled: day("2025-03-01")}),
		day("2026-02-01")); !errors.Is(err, portfolio.ErrUnknownEntry) {
		t.Errorf("built-in catalog: error = %v, want ErrUnknownEntry", err)
	}
}

func TestStatusThrough(t *testing.T) {
	q := func(on string) renewal.Evidence { return renewal.Evidence{QualifiedOn: day(on)} }
	tests := []struct {
		name string
		h    portfolio.Holding
		asOf string
		want date.Date
	}{
		{"POST-1 pending: stands through the deadline", portfolio.Holding{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 2},
			"2026-12-01", day("2027-02-09")},
		{"REN-7 renewed: stands through the next cycle's deadline", portfolio.Holding{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 2,
			Evidence: q("2026-11-20")}, "2026-12-01", day("2028-02-09")},
		{"EDN-3 retiring: stands through the day before the retirement", portfolio.Holding{ID: "kubernetes", Enrolled: day("2023-05-01"), Renewed: 2,
			Evidence: q("2026-04-01")}, "2026-06-01", day("2026-07-30")},
		{"INT-5 lapsed: through its deadline", portfolio.Holding{ID: "service", Enrolled: day("2024-02-10"), Renewed: 1},
			"2026-12-01", day("2026-03-12")},
		{"a holding given up later: through the day before", portfolio.Holding{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 2,
			Ended: day("2026-12-20")}, "2026-12-01", day("2026-12-19")},
	}
	pl := portfolio.New(catalog.Default())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := pl.Status(partner(tt.h), day(tt.asOf))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, st.Holdings[0].Through); diff != "" {
				t.Errorf("Through (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEvidenceAfterCarryOver: a validation dated after a carry-over is
// judged by the replacement's terms (EDN-6), before it by the old entry's.
func TestEvidenceAfterCarryOver(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	h := portfolio.Holding{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17"), Renewed: 2,
		Evidence: renewal.Evidence{QualifiedOn: day("2024-04-01"), ValidatedOn: day("2024-04-20")}}
	st, err := pl.Status(partner(h), day("2024-06-01"))
	if err != nil {
		t.Fatalf("REN-4 an audit after the carry-over: %v", err)
	}
	want := holdingView{portfolio.StateCarriedOver, "infra-and-database-migration", date.Date{}, day("2024-05-17"), renewal.OutcomeRenewed}
	if diff := cmp.Diff(want, viewOf(st.Holdings[0])); diff != "" {
		t.Errorf("EDN-6 carried-over audit (-want +got):\n%s", diff)
	}
}

// TestNext: what a nightly job stores. Once renewed, Renewed counts the
// cycle and the evidence is cleared for the next one; the ID stays the
// holding's own, also after a carry-over, so the next run works (INT-10,
// EDN-6).
func TestNext(t *testing.T) {
	q := renewal.Evidence{QualifiedOn: day("2026-11-20")}
	tests := []struct {
		name string
		h    portfolio.Holding
		asOf string
		want portfolio.Holding
	}{
		{"INT-10 renewed: Renewed counts the cycle, the evidence is cleared",
			portfolio.Holding{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 2, Evidence: q}, "2026-12-01",
			portfolio.Holding{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 3}},
		{"INT-10 pending: stored as it is",
			portfolio.Holding{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 2}, "2026-12-01",
			portfolio.Holding{ID: "sales", Enrolled: day("2024-01-10"), Renewed: 2}},
		{"INT-4 renewed after unreviewed anniversaries: they count as survived",
			portfolio.Holding{ID: "analytics-on-microsoft-azure", Enrolled: day("2021-03-15"),
				Evidence: renewal.Evidence{QualifiedOn: day("2023-02-01")}}, "2023-04-01",
			portfolio.Holding{ID: "analytics-on-microsoft-azure", Enrolled: day("2021-03-15"), Renewed: 2}},
		{"EDN-6 carried over: the ID stays the holding's own entry",
			portfolio.Holding{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17"), Renewed: 2,
				Evidence: renewal.Evidence{QualifiedOn: day("2024-04-01"), ValidatedOn: day("2024-04-20")}}, "2024-06-01",
			portfolio.Holding{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17"), Renewed: 3}},
	}
	pl := portfolio.New(catalog.Default())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := pl.Status(partner(tt.h), day(tt.asOf))
			if err != nil {
				t.Fatal(err)
			}
			got := st.Holdings[0].Next()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("Next (-want +got):\n%s", diff)
			}
			if _, err := pl.Status(partner(got), day(tt.asOf)); err != nil {
				t.Errorf("Status of the stored holding: %v", err)
			}
		})
	}
}
