package renewal

import (
	"strconv"

	"github.com/partnerkit/specializations/date"
)

// The bounds Validate enforces. A window or grace period longer than a
// year would reach past the neighbouring anniversary, and a reminder more
// than a year away from its anniversary belongs to another cycle.
const (
	maxWindowOpens = 365 // days
	maxGrace       = 365 // days
	maxReminder    = 366 // days, either side of the anniversary
)

// Policy holds the numbers of the renewal process. DefaultPolicy returns
// the published ones; change a field to model another reading of the rules
// (RULES INT-3, INT-4, INT-7, INT-2). A Policy is a plain value: Evaluate,
// Cycle, Cycles and Reminders only read it, so one Policy may be shared by
// any number of goroutines as long as nobody writes to it (ReminderDays
// included).
//
// The zero Policy is not valid (its ReviewsFrom and ManualFrom are zero);
// start from DefaultPolicy. In JSON, as every type of the library, its keys
// are the field names in lowerCamelCase, all present, dates as
// "YYYY-MM-DD" and the LeapDay as its slug:
// {"windowOpens":60,"grace":30,"reviewsFrom":"2023-02-01",...,"leapDay":"feb-28"}.
type Policy struct {
	// WindowOpens is the number of days the renewal window opens before
	// the anniversary: 60 (RULES REN-5, INT-3). 0..365.
	WindowOpens int `json:"windowOpens"`
	// Grace is the number of days after the anniversary the enrollment
	// stays valid and renewable: 30 (RULES REN-5, INT-3). 0..365.
	Grace int `json:"grace"`
	// ReviewsFrom is the first anniversary date that is reviewed:
	// 2023-02-01 (RULES REN-2, INT-4). Anniversaries before it are not
	// renewal events. Required.
	ReviewsFrom date.Date `json:"reviewsFrom"`
	// ManualFrom is the first anniversary date on which an even renewal
	// year needs the manual validation: 2024-02-01 (RULES REN-4).
	// Required, and not before ReviewsFrom.
	ManualFrom date.Date `json:"manualFrom"`
	// ReminderDays are the reminder offsets in days from the anniversary,
	// negative before it: -120, -90, -60, -30, 0, +30 (RULES REN-6,
	// INT-7). Any order; duplicates count once; each within -366..+366.
	ReminderDays []int `json:"reminderDays"`
	// LeapDay is the anniversary of a 29 February enrollment in common
	// years (RULES INT-2).
	LeapDay LeapDay `json:"leapDay"`
}

// DefaultPolicy returns the published policy: a window opening 60 days
// before the anniversary, 30 days of grace, reviews from 2023-02-01, manual
// validation from 2024-02-01, reminders 120, 90, 60 and 30 days before the
// anniversary, on it and 30 days after it, and 28 February for leap-day
// enrollments in common years. Each call returns a fresh value with its own
// ReminderDays slice.
func DefaultPolicy() Policy {
	return Policy{
		WindowOpens:  60,
		Grace:        30,
		ReviewsFrom:  date.MustParse("2023-02-01"),
		ManualFrom:   date.MustParse("2024-02-01"),
		ReminderDays: []int{-120, -90, -60, -30, 0, 30},
		LeapDay:      LeapDayFeb28,
	}
}

// Validate reports whether p can be used: WindowOpens and Grace within
// 0..365 days, non-zero ReviewsFrom and ManualFrom with ManualFrom not
// before ReviewsFrom, every reminder offset within -366..+366 days and a
// valid LeapDay. An error is a *PolicyError wrapping ErrInvalidPolicy and
// names the first offending field. Validate does not allocate when p is
// valid. Evaluate, Cycle, Cycles and KeepOne make the same check.
func (p Policy) Validate() error { return p.validate() }

// validate is Validate on a pointer, the one check every method of Policy
// makes.
func (p *Policy) validate() error {
	switch {
	case p.WindowOpens < 0 || p.WindowOpens > maxWindowOpens:
		return policyErr("WindowOpens", strconv.Itoa(p.WindowOpens), "outside 0..365 days")
	case p.Grace < 0 || p.Grace > maxGrace:
		return policyErr("Grace", strconv.Itoa(p.Grace), "outside 0..365 days")
	case p.ReviewsFrom.IsZero():
		return policyErr("ReviewsFrom", "", "not set")
	case p.ManualFrom.IsZero():
		return policyErr("ManualFrom", "", "not set")
	case p.ManualFrom.Before(p.ReviewsFrom):
		return policyErr("ManualFrom", p.ManualFrom.String(), "before ReviewsFrom "+p.ReviewsFrom.String())
	case !p.LeapDay.Valid():
		return policyErr("LeapDay", strconv.Itoa(int(p.LeapDay)), "neither feb-28 nor mar-1")
	}
	for i, r := range p.ReminderDays {
		if r < -maxReminder || r > maxReminder {
			return policyErr("ReminderDays["+strconv.Itoa(i)+"]", strconv.Itoa(r), "outside -366..+366 days")
		}
	}
	return nil
}

func policyErr(field, value, reason string) error {
	return &PolicyError{Field: field, Value: value, Reason: reason}
}
