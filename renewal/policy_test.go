package renewal_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/renewal"
)

func TestDefaultPolicy(t *testing.T) {
	want := renewal.Policy{
		WindowOpens:  60,
		Grace:        30,
		ReviewsFrom:  d("2023-02-01"),
		ManualFrom:   d("2024-02-01"),
		ReminderDays: []int{-120, -90, -60, -30, 0, 30},
		LeapDay:      renewal.LeapDayFeb28,
	}
	if diff := cmp.Diff(want, renewal.DefaultPolicy()); diff != "" {
		t.Errorf("DefaultPolicy() (-want +got):\n%s", diff)
	}
	if err := renewal.DefaultPolicy().Validate(); err != nil {
		t.Errorf("DefaultPolicy().Validate() = %v, want nil", err)
	}
}

func TestDefaultPolicyIsFresh(t *testing.T) {
	a := renewal.DefaultPolicy()
	a.ReminderDays[0] = 99
	a.WindowOpens = 1
	b := renewal.DefaultPolicy()
	if b.ReminderDays[0] != -120 || b.WindowOpens != 60 {
		t.Errorf("DefaultPolicy() after changing an earlier result = %+v, want the published policy", b)
	}
}

type invalidPolicy struct {
	name   string
	change func(*renewal.Policy)
	field  string
}

// invalidPolicies are changes to DefaultPolicy that every method of Policy
// but Reminders refuses.
func invalidPolicies() []invalidPolicy {
	return []invalidPolicy{
		{"INT-3 negative window", func(p *renewal.Policy) { p.WindowOpens = -1 }, "WindowOpens"},
		{"INT-3 window over a year", func(p *renewal.Policy) { p.WindowOpens = 366 }, "WindowOpens"},
		{"INT-3 negative grace", func(p *renewal.Policy) { p.Grace = -30 }, "Grace"},
		{"INT-3 grace over a year", func(p *renewal.Policy) { p.Grace = 1000 }, "Grace"},
		{"INT-4 zero ReviewsFrom", func(p *renewal.Policy) { p.ReviewsFrom = d("") }, "ReviewsFrom"},
		{"REN-4 zero ManualFrom", func(p *renewal.Policy) { p.ManualFrom = d("") }, "ManualFrom"},
		{"REN-4 ManualFrom before ReviewsFrom", func(p *renewal.Policy) { p.ManualFrom = d("2023-01-31") }, "ManualFrom"},
		{"INT-7 reminder over a year before", func(p *renewal.Policy) { p.ReminderDays = []int{-367} }, "ReminderDays[0]"},
		{"INT-7 reminder over a year after", func(p *renewal.Policy) { p.ReminderDays = []int{0, 30, 400} }, "ReminderDays[2]"},
		{"INT-2 unknown leap-day rule", func(p *renewal.Policy) { p.LeapDay = 2 }, "LeapDay"},
	}
}

func TestValidateRejects(t *testing.T) {
	for _, tt := range invalidPolicies() {
		t.Run(tt.name, func(t *testing.T) {
			p := renewal.DefaultPolicy()
			tt.change(&p)
			err := p.Validate()
			if !errors.Is(err, renewal.ErrInvalidPolicy) {
				t.Fatalf("Validate() = %v, want an error wrapping ErrInvalidPolicy", err)
			}
			var pe *renewal.PolicyError
			if !errors.As(err, &pe) || pe.Field != tt.field {
				t.Errorf("Validate() = %#v, want a *PolicyError for field %s", err, tt.field)
			}
		})
	}
}

func TestValidateAccepts(t *testing.T) {
	tests := []struct {
		name   string
		change func(*renewal.Policy)
	}{
		{"INT-7 reminder offsets in any order with duplicates", func(p *renewal.Policy) { p.ReminderDays = []int{30, 0, -120, 0} }},
		{"INT-7 no reminders", func(p *renewal.Policy) { p.ReminderDays = nil }},
		{"INT-7 reminders a full year either side", func(p *renewal.Policy) { p.ReminderDays = []int{-366, 366} }},
		{"INT-3 window opening on the anniversary, no grace", func(p *renewal.Policy) { p.WindowOpens, p.Grace = 0, 0 }},
		{"INT-3 a year of window and of grace", func(p *renewal.Policy) { p.WindowOpens, p.Grace = 365, 365 }},
		{"REN-4 manual validation from the first reviewed anniversary", func(p *renewal.Policy) { p.ManualFrom = p.ReviewsFrom }},
		{"INT-2 1 March rule", func(p *renewal.Policy) { p.LeapDay = renewal.LeapDayMar1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := renewal.DefaultPolicy()
			tt.change(&p)
			if err := p.Validate(); err != nil {
				t.Errorf("Validate() = %v, want nil", err)
			}
		})
	}
}
