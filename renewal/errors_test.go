package renewal_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// Every error names the package once, then the values, then the sentinel
// it wraps, whose words appear once, at the end; and it wraps exactly that
// one sentinel.
func TestErrorMessages(t *testing.T) {
	p := renewal.DefaultPolicy()
	policy := func(f func(*renewal.Policy)) renewal.Policy {
		q := renewal.DefaultPolicy()
		f(&q)
		return q
	}
	k := enroll(t, "kubernetes", "2024-05-10", 0)
	with := func(f func(*renewal.Enrollment)) renewal.Enrollment {
		e := k
		f(&e)
		return e
	}
	evaluate := func(p renewal.Policy, e renewal.Enrollment, asOf string) error {
		_, err := p.Evaluate(e, renewal.Evidence{}, d(asOf))
		return err
	}
	cycle := func(e renewal.Enrollment, n int) error {
		_, err := p.Cycle(e, n)
		return err
	}
	carry := func(e renewal.Enrollment, to specialization.Specialization) error {
		_, err := renewal.CarryOver(e, to)
		return err
	}
	keep := func(a, b renewal.Enrollment, moved date.Date) error {
		_, err := p.KeepOne(a, b, moved)
		return err
	}
	winServer := enroll(t, "windows-server-sql-server-migration", "2021-05-17", 0)
	tests := []struct {
		name string
		err  error
		is   error
		want string
	}{
		{"REN-1 expert program", evaluate(p, with(func(e *renewal.Enrollment) { e.Item = spec(t, "azure-expert-msp") }), "2025-01-01"),
			renewal.ErrNotRenewable, `renewal: enrollment azure-expert-msp: expert program`},
		{"INT-5 as-of date before enrollment", evaluate(p, k, "2024-05-01"),
			renewal.ErrBeforeEnrollment, `renewal: enrollment kubernetes: 2024-05-01, enrolled 2024-05-10: as-of date before enrollment`},
		{"INT-1 zero as-of date", evaluate(p, k, ""),
			renewal.ErrNoAsOf, `renewal: enrollment kubernetes: no as-of date`},
		{"INT-10 renewed ahead of the windows opened", evaluate(p, with(func(e *renewal.Enrollment) { e.Renewed = 3 }), "2025-06-01"),
			renewal.ErrRenewedAhead, `renewal: enrollment kubernetes: renewed 3 times by 2025-06-01, after 1 renewal window: more anniversaries survived than windows opened`},
		{"INT-10 renewed once before any window", evaluate(p, with(func(e *renewal.Enrollment) { e.Renewed = 1 }), "2025-01-01"),
			renewal.ErrRenewedAhead, `renewal: enrollment kubernetes: renewed 1 time by 2025-01-01, after 0 renewal windows: more anniversaries survived than windows opened`},
		{"INT-10 negative Renewed", evaluate(p, with(func(e *renewal.Enrollment) { e.Renewed = -1 }), "2025-01-01"),
			renewal.ErrInvalidEnrollment, `renewal: enrollment kubernetes: Renewed -1: invalid enrollment`},
		{"INT-5 zero enrollment date", evaluate(p, with(func(e *renewal.Enrollment) { e.Enrolled = date.Date{} }), "2025-01-01"),
			renewal.ErrInvalidEnrollment, `renewal: enrollment kubernetes: zero Enrolled date: invalid enrollment`},
		{"CAT-1 zero Item", evaluate(p, renewal.Enrollment{Enrolled: d("2024-05-10")}, "2025-01-01"),
			renewal.ErrInvalidEnrollment, `renewal: enrollment: zero Item: invalid enrollment`},
		{"INT-10 anniversary 0", cycle(k, 0),
			renewal.ErrNoSuchAnniversary, `renewal: enrollment kubernetes: ordinal 0: no such anniversary`},
		{"INT-1 anniversary after 9999", cycle(k, 7976),
			renewal.ErrNoSuchAnniversary, `renewal: enrollment kubernetes: ordinal 7976: no such anniversary`},
		{"INT-3 negative grace", evaluate(policy(func(p *renewal.Policy) { p.Grace = -5 }), k, "2025-01-01"),
			renewal.ErrInvalidPolicy, `renewal: policy: Grace -5 outside 0..365 days: invalid policy`},
		{"INT-4 zero ReviewsFrom", evaluate(policy(func(p *renewal.Policy) { p.ReviewsFrom = date.Date{} }), k, "2025-01-01"),
			renewal.ErrInvalidPolicy, `renewal: policy: ReviewsFrom not set: invalid policy`},
		{"REN-4 ManualFrom before ReviewsFrom", evaluate(policy(func(p *renewal.Policy) { p.ManualFrom = d("2023-01-31") }), k, "2025-01-01"),
			renewal.ErrInvalidPolicy, `renewal: policy: ManualFrom 2023-01-31 before ReviewsFrom 2023-02-01: invalid policy`},
		{"INT-7 reminder over a year after", evaluate(policy(func(p *renewal.Policy) { p.ReminderDays = []int{0, 30, 400} }), k, "2025-01-01"),
			renewal.ErrInvalidPolicy, `renewal: policy: ReminderDays[2] 400 outside -366..+366 days: invalid policy`},
		{"INT-2 unknown leap-day rule", evaluate(policy(func(p *renewal.Policy) { p.LeapDay = 2 }), k, "2025-01-01"),
			renewal.ErrInvalidPolicy, `renewal: policy: LeapDay 2 neither feb-28 nor mar-1: invalid policy`},
		{"EDN-6 retirement moves no holders", carry(k, spec(t, "app-modernization")),
			renewal.ErrNotCarriedOver, `renewal: enrollment kubernetes: its retirement moves no holders: no carry-over`},
		{"EDN-6 not the replacing entry", carry(winServer, spec(t, "kubernetes")),
			renewal.ErrNotCarriedOver, `renewal: enrollment windows-server-sql-server-migration: to kubernetes, replaced by infra-and-database-migration: no carry-over`},
		{"EDN-6 zero target", carry(winServer, specialization.Specialization{}),
			renewal.ErrNotCarriedOver, `renewal: enrollment windows-server-sql-server-migration: zero target, replaced by infra-and-database-migration: no carry-over`},
		{"EDN-6 keep one of two entries", keep(k, enroll(t, "finance", "2024-05-10", 0), d("2026-07-31")),
			renewal.ErrInvalidEnrollment, `renewal: enrollment kubernetes: other enrollment in finance: invalid enrollment`},
		{"EDN-6 keep one without a day", keep(k, k, date.Date{}),
			renewal.ErrNoAsOf, `renewal: enrollment kubernetes: moved day: no as-of date`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !errors.Is(tt.err, tt.is) {
				t.Fatalf("error %v does not wrap %v", tt.err, tt.is)
			}
			for _, other := range sentinels {
				if other != tt.is && errors.Is(tt.err, other) {
					t.Errorf("error %v also wraps %v", tt.err, other)
				}
			}
			got := tt.err.Error()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Error() (-want +got):\n%s", diff)
			}
			if n := strings.Count(got, tt.is.Error()); n != 1 || !strings.HasSuffix(got, ": "+tt.is.Error()) {
				t.Errorf("Error() = %q says %q %d times, want once, at the end", got, tt.is, n)
			}
			if n := strings.Count(got, "renewal:"); n != 1 {
				t.Errorf("Error() = %q names the package %d times, want once", got, n)
			}
		})
	}
}

// The zero EnrollmentError still reads, rather than panic.
func TestEnrollmentErrorZero(t *testing.T) {
	if diff := cmp.Diff("renewal: enrollment: ", (&renewal.EnrollmentError{}).Error()); diff != "" {
		t.Errorf("zero EnrollmentError (-want +got):\n%s", diff)
	}
}
