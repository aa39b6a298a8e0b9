package renewal_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

func TestCycleSeedExamples(t *testing.T) {
	p := renewal.DefaultPolicy()
	e := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 0)
	tests := []struct {
		name string
		n    int
		want renewal.Cycle
	}{
		// The seed prints the window as 2025-11-01 ... 2026-01-31: 61 days
		// before the anniversary. INT-3 counts 60 exactly, so the window
		// opens one day later than printed.
		{"POST-3 seed example, window 2025-11-02 not the printed 2025-11-01 (INT-3)", 1,
			renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2026-01-01"), Opens: d("2025-11-02"), ValidTo: d("2026-01-31")}},
		// The seed repeats the 2025/2026 window for the 2027 renewal, a
		// copy error (POST-4).
		{"POST-4 second example, 2027-01-01 needs the audit, window 2026-11-02 to 2027-01-31", 2,
			renewal.Cycle{Anniversary: 2, Year: 2, Date: d("2027-01-01"), Opens: d("2026-11-02"), ValidTo: d("2027-01-31"), Manual: true}},
		{"REN-3 third year qualification only", 3,
			renewal.Cycle{Anniversary: 3, Year: 3, Date: d("2028-01-01"), Opens: d("2027-11-02"), ValidTo: d("2028-01-31")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Cycle(e, tt.n)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Cycle(%v, %d) (-want +got):\n%s", e.Enrolled, tt.n, diff)
			}
		})
	}
}

func TestCycleRegimeStart(t *testing.T) {
	// INT-4's own example: enrolled 2021-03-15.
	e := enroll(t, "kubernetes", "2021-03-15", 0)
	want := []renewal.Cycle{
		{Anniversary: 1, Year: 0, Date: d("2022-03-15"), Opens: d("2022-01-14"), ValidTo: d("2022-04-14")},
		{Anniversary: 2, Year: 1, Date: d("2023-03-15"), Opens: d("2023-01-14"), ValidTo: d("2023-04-14")},
		{Anniversary: 3, Year: 2, Date: d("2024-03-15"), Opens: d("2024-01-15"), ValidTo: d("2024-04-14"), Manual: true},
		{Anniversary: 4, Year: 3, Date: d("2025-03-15"), Opens: d("2025-01-14"), ValidTo: d("2025-04-14")},
	}
	got := firstCycles(renewal.DefaultPolicy(), e, len(want))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("INT-4 Cycles(enrolled 2021-03-15) (-want +got):\n%s", diff)
	}
}

func firstCycles(p renewal.Policy, e renewal.Enrollment, n int) []renewal.Cycle {
	var cs []renewal.Cycle
	for c := range p.Cycles(e) {
		if len(cs) == n {
			break
		}
		cs = append(cs, c)
	}
	return cs
}

func TestCycleReviewBoundary(t *testing.T) {
	tests := []struct {
		name     string
		enrolled string
		year1    int // the anniversary that is renewal year 1
	}{
		{"INT-4 anniversary on the first review day is year 1", "2022-02-01", 1},
		{"INT-4 anniversary the day before reviews is not reviewed", "2022-01-31", 2},
		{"INT-4 enrolled long before reviews", "2015-06-30", 8},
		{"INT-4 leap-day enrollment before reviews", "2016-02-29", 7},
		{"INT-4 enrolled after reviews started", "2023-09-09", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := enroll(t, "finance", tt.enrolled, 0)
			for c := range renewal.DefaultPolicy().Cycles(e) {
				want := max(0, c.Anniversary-tt.year1+1)
				if c.Year != want {
					t.Errorf("enrolled %s, anniversary %d on %s: Year = %d, want %d", tt.enrolled, c.Anniversary, c.Date, c.Year, want)
				}
				if c.Anniversary == tt.year1+3 {
					break
				}
			}
		})
	}
}

func TestCycleManualByCategory(t *testing.T) {
	tests := []struct {
		name   string
		id     specialization.ID
		n      int
		manual bool
		need   renewal.Requirements
	}{
		{"REN-3 Azure odd year qualification only", "analytics-on-microsoft-azure", 3, false, q},
		{"REN-4 Azure even year needs audit", "analytics-on-microsoft-azure", 4, true, q | audit},
		{"REN-3 Modern Work odd year qualification only", "teamwork-deployment", 1, false, q},
		{"REN-4 Modern Work even year needs customer reference", "teamwork-deployment", 2, true, q | ref},
		{"REN-3 Security odd year qualification only", "threat-protection", 1, false, q},
		{"REN-4 Security even year before 2026-07-30 needs customer references", "threat-protection", 2, true, q | ref},
		{"EDN-4 Security even year after 2026-07-30 needs an audit", "threat-protection", 4, true, q | audit},
		{"REN-3 Business Applications odd year qualification only", "supply-chain", 1, false, q},
		{"REN-4 Business Applications even year has no manual validation", "supply-chain", 2, false, q},
	}
	p := renewal.DefaultPolicy()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := enroll(t, tt.id, "2024-06-30", 0)
			c, err := p.Cycle(e, tt.n)
			if err != nil {
				t.Fatal(err)
			}
			if c.Year != tt.n || c.Manual != tt.manual {
				t.Errorf("Cycle(%s, %d) = %+v, want Year %d, Manual %v", tt.id, tt.n, c, tt.n, tt.manual)
			}
			e.Renewed = tt.n - 1
			dec, err := p.Evaluate(e, renewal.Evidence{}, c.Opens)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.need, dec.Required()); diff != "" {
				t.Errorf("Required() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCycleManualFrom(t *testing.T) {
	p := renewal.DefaultPolicy()
	p.ReviewsFrom = d("2022-01-01")
	e := enroll(t, "cloud-security", "2020-06-01", 0)
	want := []renewal.Cycle{
		{Anniversary: 1, Year: 0, Date: d("2021-06-01"), Opens: d("2021-04-02"), ValidTo: d("2021-07-01")},
		{Anniversary: 2, Year: 1, Date: d("2022-06-01"), Opens: d("2022-04-02"), ValidTo: d("2022-07-01")},
		// Year 2 falls before ManualFrom (2024-02-01): no manual validation yet.
		{Anniversary: 3, Year: 2, Date: d("2023-06-01"), Opens: d("2023-04-02"), ValidTo: d("2023-07-01")},
		{Anniversary: 4, Year: 3, Date: d("2024-06-01"), Opens: d("2024-04-02"), ValidTo: d("2024-07-01")},
		{Anniversary: 5, Year: 4, Date: d("2025-06-01"), Opens: d("2025-04-02"), ValidTo: d("2025-07-01"), Manual: true},
	}
	if diff := cmp.Diff(want, firstCycles(p, e, len(want))); diff != "" {
		t.Errorf("REN-4 even year before ManualFrom needs no manual validation (-want +got):\n%s", diff)
	}
}

func TestCycleLeapDay(t *testing.T) {
	feb28 := []string{"2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29"}
	mar1 := []string{"2025-03-01", "2026-03-01", "2027-03-01", "2028-02-29", "2029-03-01", "2030-03-01", "2031-03-01", "2032-02-29"}
	tests := []struct {
		name  string
		leap  renewal.LeapDay
		dates []string
	}{
		{"INT-2 29 February enrollment, 28 February in common years", renewal.LeapDayFeb28, feb28},
		{"INT-2 29 February enrollment, 1 March in common years", renewal.LeapDayMar1, mar1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := renewal.DefaultPolicy()
			p.LeapDay = tt.leap
			e := enroll(t, "analytics-on-microsoft-azure", "2024-02-29", 0)
			var got []string
			for _, c := range firstCycles(p, e, len(tt.dates)) {
				got = append(got, c.Date.String())
				if c.Year != c.Anniversary || c.Manual != (c.Year%2 == 0) {
					t.Errorf("anniversary %d: Year %d, Manual %v", c.Anniversary, c.Year, c.Manual)
				}
			}
			if diff := cmp.Diff(tt.dates, got); diff != "" {
				t.Errorf("anniversaries (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCycleWindowAcrossLeapDay(t *testing.T) {
	tests := []struct {
		name     string
		leap     renewal.LeapDay
		enrolled string
		n        int
		want     renewal.Cycle
	}{
		{"INT-3 window before a 29 February anniversary spans the leap day", renewal.LeapDayFeb28, "2024-02-29", 4,
			renewal.Cycle{Anniversary: 4, Year: 4, Date: d("2028-02-29"), Opens: d("2027-12-31"), ValidTo: d("2028-03-30"), Manual: true}},
		{"INT-2 28 February anniversary in a common year", renewal.LeapDayFeb28, "2024-02-29", 1,
			renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2025-02-28"), Opens: d("2024-12-30"), ValidTo: d("2025-03-30")}},
		{"INT-2 1 March anniversary in a common year", renewal.LeapDayMar1, "2024-02-29", 1,
			renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2025-03-01"), Opens: d("2024-12-31"), ValidTo: d("2025-03-31")}},
		{"INT-2 1 March enrollment stays on 1 March in a leap year", renewal.LeapDayFeb28, "2023-03-01", 1,
			renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2024-03-01"), Opens: d("2024-01-01"), ValidTo: d("2024-03-31")}},
		{"INT-2 28 February enrollment stays on 28 February in a leap year", renewal.LeapDayMar1, "2023-02-28", 1,
			renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2024-02-28"), Opens: d("2023-12-30"), ValidTo: d("2024-03-29")}},
		{"INT-2 31 December enrollment across year ends", renewal.LeapDayFeb28, "2023-12-31", 1,
			renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2024-12-31"), Opens: d("2024-11-01"), ValidTo: d("2025-01-30")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := renewal.DefaultPolicy()
			p.LeapDay = tt.leap
			got, err := p.Cycle(enroll(t, "kubernetes", tt.enrolled, 0), tt.n)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Cycle(%s, %d) (-want +got):\n%s", tt.enrolled, tt.n, diff)
			}
		})
	}
}

func TestCycleErrors(t *testing.T) {
	p := renewal.DefaultPolicy()
	tests := []struct {
		name     string
		enrolled string
		n        int
	}{
		{"INT-10 anniversary 0 does not exist", "2025-01-01", 0},
		{"INT-10 negative anniversary", "2025-01-01", -3},
		{"INT-1 anniversary after year 9999", "2025-01-01", 7975},
		{"INT-3 cycle whose grace ends after 9999-12-31", "9998-12-15", 1},
		{"INT-1 huge anniversary", "2025-01-01", int(^uint(0) >> 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Cycle(enroll(t, "finance", tt.enrolled, 0), tt.n)
			if !errors.Is(err, renewal.ErrNoSuchAnniversary) {
				t.Errorf("Cycle(%s, %d) = %+v, %v; want ErrNoSuchAnniversary", tt.enrolled, tt.n, got, err)
			}
		})
	}
	if _, err := p.Cycle(enroll(t, "finance", "2025-01-01", 0), 7974); err != nil {
		t.Errorf("INT-1 anniversary in 9999: Cycle error %v", err)
	}
	for _, tt := range invalidEnrollments(t) {
		if _, err := p.Cycle(tt.e, 1); !errors.Is(err, tt.want) {
			t.Errorf("%s: Cycle error %v, want %v", tt.name, err, tt.want)
		}
		if got := slices.Collect(p.Cycles(tt.e)); len(got) != 0 {
			t.Errorf("%s: Cycles yielded %v, want nothing", tt.name, got)
		}
	}
	bad := p
	bad.Grace = -1
	e := enroll(t, "finance", "2025-01-01", 0)
	if _, err := bad.Cycle(e, 1); !errors.Is(err, renewal.ErrInvalidPolicy) {
		t.Errorf("Cycle with a negative grace: error %v, want ErrInvalidPolicy", err)
	}
	if got := slices.Collect(bad.Cycles(e)); len(got) != 0 {
		t.Errorf("Cycles with an invalid policy yielded %v, want nothing", got)
	}
}

func TestCyclesEndAtYear9999(t *testing.T) {
	p := renewal.DefaultPolicy()
	e := enroll(t, "sales", "9990-06-01", 0)
	var last renewal.Cycle
	n := 0
	for c := range p.Cycles(e) {
		n++
		last = c
	}
	want := renewal.Cycle{Anniversary: 9, Year: 9, Date: d("9999-06-01"), Opens: d("9999-04-02"), ValidTo: d("9999-07-01")}
	if n != 9 {
		t.Errorf("INT-1 Cycles(enrolled 9990-06-01) yielded %d cycles, want 9", n)
	}
	if diff := cmp.Diff(want, last); diff != "" {
		t.Errorf("last cycle (-want +got):\n%s", diff)
	}
	// A grace period running past 9999-12-31 ends the sequence one early.
	e = enroll(t, "sales", "9990-12-15", 0)
	if got := len(slices.Collect(p.Cycles(e))); got != 8 {
		t.Errorf("INT-3 Cycles(enrolled 9990-12-15) yielded %d cycles, want 8", got)
	}
}

func TestCyclesMatchesCycle(t *testing.T) {
	p := renewal.DefaultPolicy()
	e := enroll(t, "kubernetes", "2012-02-29", 0)
	for c := range p.Cycles(e) {
		want, err := p.Cycle(e, c.Anniversary)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, c); diff != "" {
			t.Fatalf("Cycles and Cycle(%d) differ (-Cycle +Cycles):\n%s", c.Anniversary, diff)
		}
		if c.Anniversary == 40 {
			break
		}
	}
}

func TestReminders(t *testing.T) {
	c := renewal.Cycle{Anniversary: 1, Year: 1, Date: d("2026-01-01"), Opens: d("2025-11-02"), ValidTo: d("2026-01-31")}
	tests := []struct {
		name string
		days []int
		c    renewal.Cycle
		want []string
	}{
		{"REN-6 default reminders 120, 90, 60, 30 days before, on and 30 days after", []int{-120, -90, -60, -30, 0, 30}, c,
			[]string{"2025-09-03", "2025-10-03", "2025-11-02", "2025-12-02", "2026-01-01", "2026-01-31"}},
		{"INT-7 any order, duplicates once", []int{30, 0, -120, 0, -30, 30}, c,
			[]string{"2025-09-03", "2025-12-02", "2026-01-01", "2026-01-31"}},
		{"INT-7 no offsets, no reminders", nil, c, nil},
		{"INT-1 dates after 9999-12-31 are skipped", []int{-1, 0, 30}, renewal.Cycle{Date: d("9999-12-15")},
			[]string{"9999-12-14", "9999-12-15"}},
		{"INT-1 dates before 0001-01-01 are skipped", []int{10, -10}, renewal.Cycle{Date: d("0001-01-05")},
			[]string{"0001-01-15"}},
		{"INT-7 zero cycle has no reminders", []int{0}, renewal.Cycle{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := renewal.DefaultPolicy()
			p.ReminderDays = tt.days
			var got []string
			for r := range p.Reminders(tt.c) {
				got = append(got, r.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Reminders(%v) with %v (-want +got):\n%s", tt.c.Date, tt.days, diff)
			}
		})
	}
	// Stopping early stops.
	n := 0
	for range renewal.DefaultPolicy().Reminders(c) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("Reminders did not stop after break")
	}
}

// Short names for requirement sets in tables.
var (
	q     = renewal.RequirementsOf(renewal.RequirementQualification)
	audit = renewal.RequirementsOf(renewal.RequirementAudit)
	ref   = renewal.RequirementsOf(renewal.RequirementCustomerReference)
)
