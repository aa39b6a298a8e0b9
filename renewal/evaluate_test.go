package renewal_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
)

// The seed's example enrollment (POST-3): Analytics on Microsoft Azure,
// enrolled 2025-01-01. Its cycles are 2026-01-01 (year 1) and 2027-01-01
// (year 2, audit).
var (
	cycle2026 = renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2026-01-01"), Opens: d("2025-11-02"), ValidTo: d("2026-01-31")}
	cycle2027 = renewal.Cycle{Anniversary: 2, Year: 2, Date: d("2027-01-01"), Opens: d("2026-11-02"), ValidTo: d("2027-01-31"), Manual: true}
)

type evalCase struct {
	name    string
	e       renewal.Enrollment
	ev      renewal.Evidence
	asOf    string
	cycle   renewal.Cycle
	phase   renewal.Phase
	outcome renewal.Outcome
	renewed string // RenewedOn
	missing renewal.Requirements
}

// runEvalCases checks each case, none of them behind.
func runEvalCases(t *testing.T, p renewal.Policy, tests []evalCase) {
	t.Helper()
	for _, tt := range tests {
		runEvalCase(t, p, tt, false)
	}
}

// runEvalCase checks one case, with the Behind flag expected.
func runEvalCase(t *testing.T, p renewal.Policy, tt evalCase, behind bool) {
	t.Helper()
	t.Run(tt.name, func(t *testing.T) {
		got, err := p.Evaluate(tt.e, tt.ev, d(tt.asOf))
		if err != nil {
			t.Fatalf("Evaluate(%+v, %+v, %s): %v", tt.e, tt.ev, tt.asOf, err)
		}
		want := renewal.Decision{
			Enrollment: tt.e, AsOf: d(tt.asOf), Cycle: tt.cycle,
			Phase: tt.phase, Outcome: tt.outcome, RenewedOn: d(tt.renewed), Missing: tt.missing, Behind: behind,
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Evaluate(%+v, %+v, %s) (-want +got):\n%s", tt.e, tt.ev, tt.asOf, diff)
		}
	})
}

func TestEvaluateSeedExamples(t *testing.T) {
	first := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 0)
	second := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 1)
	none := renewal.Evidence{}
	qualified := renewal.Evidence{QualifiedOn: d("2026-10-15")}
	runEvalCases(t, renewal.DefaultPolicy(), []evalCase{
		{"POST-1 enrolled and active in the first term", first, none, "2025-06-01",
			cycle2026, renewal.PhaseActive, renewal.OutcomeNotDue, "", q},
		// The seed prints 2025-11-01 as the window's first day; by INT-3
		// (exactly 60 days) it is the last day before the window.
		{"POST-3 INT-3 the seed's printed 2025-11-01 is one day before the window", first, none, "2025-11-01",
			cycle2026, renewal.PhaseActive, renewal.OutcomeNotDue, "", q},
		{"POST-3 INT-3 the window opens 2025-11-02", first, none, "2025-11-02",
			cycle2026, renewal.PhaseWindowOpen, renewal.OutcomePending, "", q},
		{"POST-3 enrolled until 2026-01-31, grace included", first, none, "2026-01-31",
			cycle2026, renewal.PhaseGrace, renewal.OutcomePending, "", q},
		{"POST-3 lapsed on 2026-02-01 without qualification", first, none, "2026-02-01",
			cycle2026, renewal.PhaseLapsed, renewal.OutcomeLapsed, "", q},
		{"POST-3 REN-3 first year renews on qualification alone", first, renewal.Evidence{QualifiedOn: d("2025-12-10")}, "2026-01-05",
			cycle2026, renewal.PhaseGrace, renewal.OutcomeRenewed, "2025-12-10", 0},
		{"POST-4 2027-01-01 pending without the audit", second, qualified, "2026-11-24",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomePending, "", audit},
		{"POST-4 2027-01-01 renews once the audit passes", second, renewal.Evidence{QualifiedOn: d("2026-10-15"), ValidatedOn: d("2026-12-03")}, "2026-12-03",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2026-12-03", 0},
		{"POST-4 2027-01-01 lapses without the audit", second, qualified, "2027-02-01",
			cycle2027, renewal.PhaseLapsed, renewal.OutcomeLapsed, "", audit},
		{"POST-4 2027-01-01 lapses without either", second, none, "2027-02-01",
			cycle2027, renewal.PhaseLapsed, renewal.OutcomeLapsed, "", q | audit},
	})
}

func TestEvaluateEvidence(t *testing.T) {
	e := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 1)
	ev := func(q, v string) renewal.Evidence { return renewal.Evidence{QualifiedOn: d(q), ValidatedOn: d(v)} }
	runEvalCases(t, renewal.DefaultPolicy(), []evalCase{
		{"INT-10 before the window every requirement is missing, even if met", e, ev("2026-06-01", "2026-07-01"), "2026-11-01",
			cycle2027, renewal.PhaseActive, renewal.OutcomeNotDue, "", q | audit},
		{"INT-6 requirements met before the window count from the opening day", e, ev("2026-06-01", "2026-07-01"), "2026-11-02",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2026-11-02", 0},
		{"INT-6 renewal date is the latest of opening, qualification and validation", e, ev("2026-12-20", "2026-11-15"), "2026-12-31",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2026-12-20", 0},
		{"INT-6 validation last renews on the validation day", e, ev("2026-11-15", "2026-12-20"), "2027-01-01",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2026-12-20", 0},
		{"INT-6 requirements met in grace renew in grace", e, ev("2027-01-20", "2027-01-31"), "2027-01-31",
			cycle2027, renewal.PhaseGrace, renewal.OutcomeRenewed, "2027-01-31", 0},
		{"INT-10 after valid-to a renewed cycle is active", e, ev("2027-01-20", "2027-01-31"), "2027-06-01",
			cycle2027, renewal.PhaseActive, renewal.OutcomeRenewed, "2027-01-31", 0},
		{"INT-6 evidence after valid-to does not count", e, ev("2027-01-20", "2027-02-01"), "2027-06-01",
			cycle2027, renewal.PhaseLapsed, renewal.OutcomeLapsed, "", audit},
		{"INT-10 evidence after the as-of date has not happened yet", e, ev("2026-12-01", "2026-12-20"), "2026-12-19",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomePending, "", audit},
		{"INT-10 qualification after the as-of date has not happened yet", e, ev("2027-01-02", "2026-12-20"), "2027-01-01",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomePending, "", q},
		{"INT-6 stale audit from the previous manual year does not count", e, ev("2026-10-01", "2025-01-01"), "2026-12-01",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomePending, "", audit},
		{"INT-6 audit on the previous anniversary is stale", e, ev("2026-10-01", "2026-01-01"), "2026-12-01",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomePending, "", audit},
		{"INT-6 audit the day after the previous anniversary counts from the opening day", e, ev("2026-10-01", "2026-01-02"), "2026-12-01",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2026-11-02", 0},
		{"INT-6 qualification long before the window still counts from the opening day", e, ev("2024-01-01", "2026-05-05"), "2027-03-01",
			cycle2027, renewal.PhaseActive, renewal.OutcomeRenewed, "2026-11-02", 0},
		{"INT-5 anniversary day is still in the window", e, ev("", ""), "2027-01-01",
			cycle2027, renewal.PhaseWindowOpen, renewal.OutcomePending, "", q | audit},
		{"INT-5 the day after the anniversary starts grace", e, ev("", ""), "2027-01-02",
			cycle2027, renewal.PhaseGrace, renewal.OutcomePending, "", q | audit},
		{"INT-5 lapsed for good, long after", e, ev("2030-01-01", "2030-01-01"), "2031-01-01",
			cycle2027, renewal.PhaseLapsed, renewal.OutcomeLapsed, "", q | audit},
	})
	odd := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 0)
	runEvalCases(t, renewal.DefaultPolicy(), []evalCase{
		{"REN-3 odd year ignores any validation", odd, ev("2025-12-01", "2020-01-01"), "2025-12-15",
			cycle2026, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2025-12-01", 0},
		{"REN-3 odd year does not need a validation", odd, ev("", "2025-12-01"), "2025-12-15",
			cycle2026, renewal.PhaseWindowOpen, renewal.OutcomePending, "", q},
	})
}

func TestEvaluateCategories(t *testing.T) {
	evAll := renewal.Evidence{QualifiedOn: d("2026-09-01"), ValidatedOn: d("2026-09-01")}
	evQ := renewal.Evidence{QualifiedOn: d("2026-09-01")}
	year2 := cycle2027
	year2NoManual := year2
	year2NoManual.Manual = false
	runEvalCases(t, renewal.DefaultPolicy(), []evalCase{
		{"REN-4 Azure even year pending without audit", enroll(t, "sap-on-microsoft-azure", "2025-01-01", 1), evQ, "2026-12-01",
			year2, renewal.PhaseWindowOpen, renewal.OutcomePending, "", audit},
		{"REN-4 Azure even year renewed with audit", enroll(t, "sap-on-microsoft-azure", "2025-01-01", 1), evAll, "2026-12-01",
			year2, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2026-11-02", 0},
		{"REN-4 Modern Work even year needs customer reference", enroll(t, "modernize-endpoints", "2025-01-01", 1), evQ, "2026-12-01",
			year2, renewal.PhaseWindowOpen, renewal.OutcomePending, "", ref},
		{"REN-4 Security even year before 2026-07-30 renewed with customer references", enroll(t, "cloud-security", "2024-06-01", 1),
			renewal.Evidence{QualifiedOn: d("2026-04-01"), ValidatedOn: d("2026-04-01")}, "2026-05-01",
			renewal.Cycle{Anniversary: 2, Year: 2, Date: d("2026-06-01"), Opens: d("2026-04-02"), ValidTo: d("2026-07-01"), Manual: true},
			renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2026-04-02", 0},
		{"REN-4 Business Applications even year renews on qualification alone", enroll(t, "sales", "2025-01-01", 1), evQ, "2026-12-01",
			year2NoManual, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2026-11-02", 0},
		{"REN-3 Security odd year renews on qualification alone", enroll(t, "cloud-security", "2025-01-01", 0), renewal.Evidence{QualifiedOn: d("2025-12-24")}, "2026-01-10",
			cycle2026, renewal.PhaseGrace, renewal.OutcomeRenewed, "2025-12-24", 0},
	})
}

func TestEvaluateRegimeStart(t *testing.T) {
	// INT-4's example, enrolled 2021-03-15: anniversary 1 (2022-03-15) is
	// not reviewed, 2 is year 1, 3 is year 2 with the audit.
	e0 := enroll(t, "kubernetes", "2021-03-15", 0)
	year1 := renewal.Cycle{Anniversary: 2, Year: 1, Date: d("2023-03-15"), Opens: d("2023-01-14"), ValidTo: d("2023-04-14")}
	year2 := renewal.Cycle{Anniversary: 3, Year: 2, Date: d("2024-03-15"), Opens: d("2024-01-15"), ValidTo: d("2024-04-14"), Manual: true}
	e2 := e0
	e2.Renewed = 2
	runEvalCases(t, renewal.DefaultPolicy(), []evalCase{
		{"INT-4 unreviewed anniversary is skipped, even inside its own window", e0, renewal.Evidence{}, "2022-03-01",
			year1, renewal.PhaseActive, renewal.OutcomeNotDue, "", q},
		{"INT-4 the day after an unreviewed anniversary", e0, renewal.Evidence{}, "2022-04-20",
			year1, renewal.PhaseActive, renewal.OutcomeNotDue, "", q},
		{"INT-4 REN-3 year 1 in 2023 needs qualification only", e0, renewal.Evidence{QualifiedOn: d("2023-02-01")}, "2023-03-01",
			year1, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2023-02-01", 0},
		{"INT-4 REN-3 year 1 lapses without qualification", e0, renewal.Evidence{}, "2023-04-15",
			year1, renewal.PhaseLapsed, renewal.OutcomeLapsed, "", q},
		{"INT-4 REN-4 year 2 in 2024 needs the audit", e2, renewal.Evidence{QualifiedOn: d("2024-01-20")}, "2024-02-01",
			year2, renewal.PhaseWindowOpen, renewal.OutcomePending, "", audit},
		{"INT-4 INT-6 year 2 audit after the previous anniversary 2023-03-15 counts", e2, renewal.Evidence{QualifiedOn: d("2024-01-20"), ValidatedOn: d("2023-06-01")}, "2024-02-01",
			year2, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2024-01-20", 0},
		{"INT-4 INT-6 year 2 audit before the previous anniversary is stale", e2, renewal.Evidence{QualifiedOn: d("2024-01-20"), ValidatedOn: d("2023-03-14")}, "2024-02-01",
			year2, renewal.PhaseWindowOpen, renewal.OutcomePending, "", audit},
	})
}

func TestEvaluateLeapDay(t *testing.T) {
	e := enroll(t, "modernize-endpoints", "2024-02-29", 3)
	// The previous anniversary of 2028-02-29 is 2027-02-28 (LeapDayFeb28) or
	// 2027-03-01 (LeapDayMar1): a reference approved on 2027-03-01 counts
	// under the first rule and is stale under the second.
	mar1 := renewal.DefaultPolicy()
	mar1.LeapDay = renewal.LeapDayMar1
	c := renewal.Cycle{Anniversary: 4, Year: 4, Date: d("2028-02-29"), Opens: d("2027-12-31"), ValidTo: d("2028-03-30"), Manual: true}
	on := func(v string) renewal.Evidence {
		return renewal.Evidence{QualifiedOn: d("2027-12-01"), ValidatedOn: d(v)}
	}
	runEvalCases(t, renewal.DefaultPolicy(), []evalCase{
		{"INT-2 INT-6 reference on the 28 February anniversary is stale", e, on("2027-02-28"), "2028-01-15",
			c, renewal.PhaseWindowOpen, renewal.OutcomePending, "", ref},
		{"INT-2 INT-6 reference the day after the 28 February anniversary counts", e, on("2027-03-01"), "2028-01-15",
			c, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2027-12-31", 0},
	})
	runEvalCases(t, mar1, []evalCase{
		{"INT-2 INT-6 reference on the 1 March anniversary is stale", e, on("2027-03-01"), "2028-01-15",
			c, renewal.PhaseWindowOpen, renewal.OutcomePending, "", ref},
		{"INT-2 INT-6 reference the day after the 1 March anniversary counts", e, on("2027-03-02"), "2028-01-15",
			c, renewal.PhaseWindowOpen, renewal.OutcomeRenewed, "2027-12-31", 0},
	})
}

func TestEvaluateErrors(t *testing.T) {
	p := renewal.DefaultPolicy()
	good := enroll(t, "kubernetes", "2024-05-10", 0)
	check := func(name string, p renewal.Policy, e renewal.Enrollment, asOf date.Date, want error) {
		t.Run(name, func(t *testing.T) {
			got, err := p.Evaluate(e, renewal.Evidence{}, asOf)
			if !errors.Is(err, want) {
				t.Errorf("Evaluate(%+v, %v) = %v, want error wrapping %v", e, asOf, err, want)
			}
			if diff := cmp.Diff(renewal.Decision{}, got); diff != "" {
				t.Errorf("Decision on error (-want +got):\n%s", diff)
			}
		})
	}
	for _, tt := range invalidEnrollments(t) {
		check(tt.name, p, tt.e, d("2025-01-01"), tt.want)
	}
	check("INT-5 as of the day before enrollment", p, good, d("2024-05-09"), renewal.ErrBeforeEnrollment)
	check("INT-1 zero as-of date", p, good, date.Date{}, renewal.ErrNoAsOf)
	bad := p
	bad.WindowOpens = -60
	check("INT-3 invalid policy", bad, good, d("2025-01-01"), renewal.ErrInvalidPolicy)
	far := good
	far.Renewed = 7975
	check("INT-1 cycle under review after 9999", p, far, d("2025-01-01"), renewal.ErrNoSuchAnniversary)
	far.Renewed = int(^uint(0) >> 1)
	check("INT-1 huge Renewed", p, far, d("2025-01-01"), renewal.ErrNoSuchAnniversary)
	late := enroll(t, "finance", "9999-12-01", 0)
	check("INT-3 first cycle after 9999", p, late, d("9999-12-02"), renewal.ErrNoSuchAnniversary)

	_, err := p.Evaluate(good, renewal.Evidence{}, d("2024-05-09"))
	var ee *renewal.EnrollmentError
	if !errors.As(err, &ee) || ee.ID != "kubernetes" || ee.Field != "asOf" {
		t.Errorf("INT-5 error = %#v, want an *EnrollmentError naming kubernetes and asOf", err)
	}
	if _, err := p.Evaluate(good, renewal.Evidence{}, d("2024-05-10")); err != nil {
		t.Errorf("INT-5 as of the enrollment day: %v, want no error", err)
	}
}

// Evaluate, Cycle and KeepOne refuse exactly what Policy.Validate and
// Enrollment.Validate refuse, with the same error: one check, not a
// reduced copy of it.
func TestEvaluateChecksWhatValidateChecks(t *testing.T) {
	good := enroll(t, "kubernetes", "2024-05-10", 0)
	asOf := d("2025-01-01")
	same := func(name string, want, got error) {
		t.Helper()
		if want == nil || got == nil || want.Error() != got.Error() || !errors.Is(got, errors.Unwrap(want)) {
			t.Errorf("%s: error %v, want %v as Validate returns it", name, got, want)
		}
	}
	for _, tt := range invalidPolicies() {
		p := renewal.DefaultPolicy()
		tt.change(&p)
		want := p.Validate()
		_, err := p.Evaluate(good, renewal.Evidence{}, asOf)
		same(tt.name+": Evaluate", want, err)
		_, err = p.Cycle(good, 1)
		same(tt.name+": Cycle", want, err)
		_, err = p.KeepOne(good, good, asOf)
		same(tt.name+": KeepOne", want, err)
	}
	p := renewal.DefaultPolicy()
	for _, tt := range invalidEnrollments(t) {
		want := tt.e.Validate()
		_, err := p.Evaluate(tt.e, renewal.Evidence{}, asOf)
		same(tt.name+": Evaluate", want, err)
		_, err = p.Cycle(tt.e, 1)
		same(tt.name+": Cycle", want, err)
	}
}

func TestEvaluateDoesNotAllocate(t *testing.T) {
	p := renewal.DefaultPolicy()
	tests := []struct {
		name string
		e    renewal.Enrollment
		ev   renewal.Evidence
		asOf string
	}{
		{"INT-2 leap-day enrollment before reviews", enroll(t, "analytics-on-microsoft-azure", "2016-02-29", 8),
			renewal.Evidence{QualifiedOn: d("2024-12-20"), ValidatedOn: d("2024-12-01")}, "2025-01-15"},
		{"EDN-5 shifted Security cycle with an audit", enroll(t, "cloud-security", "2025-01-01", 1),
			renewal.Evidence{QualifiedOn: d("2027-05-01"), ValidatedOn: d("2027-05-20")}, "2027-06-01"},
		{"EDN-3 retired entry", enroll(t, "kubernetes", "2021-03-15", 4), renewal.Evidence{}, "2026-08-01"},
	}
	for _, tt := range tests {
		allocs := testing.AllocsPerRun(100, func() {
			if _, err := p.Evaluate(tt.e, tt.ev, d(tt.asOf)); err != nil {
				t.Fatal(err)
			}
		})
		if allocs != 0 {
			t.Errorf("%s: Evaluate allocates %v times per call, want 0", tt.name, allocs)
		}
	}
}

func TestDecisionNext(t *testing.T) {
	p := renewal.DefaultPolicy()
	e := enroll(t, "kubernetes", "2021-03-15", 0)
	// Renewed at anniversary 2: the unreviewed anniversary 1 counts as
	// survived too (INT-4).
	dec, err := p.Evaluate(e, renewal.Evidence{QualifiedOn: d("2023-02-20")}, d("2023-03-01"))
	if err != nil {
		t.Fatal(err)
	}
	next := dec.Next()
	want := e
	want.Renewed = 2
	if diff := cmp.Diff(want, next); diff != "" {
		t.Errorf("INT-4 Next() after renewing anniversary 2 (-want +got):\n%s", diff)
	}
	if got := dec.Deadline(); got != d("2023-04-14") {
		t.Errorf("POST-1 Deadline() = %v, want 2023-04-14", got)
	}
	// REN-7: renewed on 2023-02-20, the next anniversary stays 15 March.
	after, err := p.Evaluate(next, renewal.Evidence{}, d("2023-03-01"))
	if err != nil {
		t.Fatal(err)
	}
	if after.Cycle.Date != d("2024-03-15") || after.Outcome != renewal.OutcomeNotDue || after.Phase != renewal.PhaseActive {
		t.Errorf("REN-7 after renewal: %+v, want the 2024-03-15 cycle, not due and active", after)
	}
	for _, tt := range []struct {
		name string
		asOf string
	}{
		{"INT-10 pending keeps the enrollment", "2024-02-01"},
		{"INT-5 lapsed keeps the enrollment (for good)", "2024-05-01"},
		{"INT-10 not due keeps the enrollment", "2023-06-01"},
	} {
		dec, err := p.Evaluate(next, renewal.Evidence{}, d(tt.asOf))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(next, dec.Next()); diff != "" {
			t.Errorf("%s: Next() (-want +got):\n%s", tt.name, diff)
		}
	}
}
