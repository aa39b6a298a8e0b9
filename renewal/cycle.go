package renewal

import (
	"iter"
	"strconv"

	"github.com/partnerkit/specializations/date"
)

// Cycle is one renewal cycle: an anniversary, its window and its grace
// period, with the renewal year it counts as. All dates are inclusive:
// the window is Opens through Date, the grace period the day after Date
// through ValidTo. A plain comparable value.
type Cycle struct {
	Anniversary int       `json:"anniversary"` // ordinal since enrollment, 1-based
	Year        int       `json:"year"`        // renewal year (RULES INT-4); 0 = not reviewed
	Date        date.Date `json:"date"`        // the anniversary date, after any shift (RULES INT-2, EDN-5)
	Opens       date.Date `json:"opens"`       // the day the window opens: Date - Policy.WindowOpens days
	ValidTo     date.Date `json:"validTo"`     // the last day of grace: Date + Policy.Grace days
	Manual      bool      `json:"manual"`      // needs the manual validation (RULES REN-4) under the terms in force on Date (EDN-4)
}

// Reviewed reports whether c is a renewal event (RULES INT-4): an
// unreviewed anniversary is survived automatically.
func (c Cycle) Reviewed() bool { return c.Year > 0 }

// noSuchAnniversary is the error for anniversary n of e.
func noSuchAnniversary(e *Enrollment, n int) error {
	return e.invalid("anniversary", "ordinal "+strconv.Itoa(n), ErrNoSuchAnniversary)
}

// Cycle returns the cycle of anniversary n (1-based) of e.
//
// Anniversary n is the enrollment's calendar day n years later, computed
// from the enrollment date every time (RULES INT-2): enrolled on
// 2024-02-29, anniversary 1 is 2025-02-28 (2025-03-01 under LeapDayMar1),
// anniversary 4 is 2028-02-29 and anniversary 5 is 2029-02-28 again. Then
// the entry's anniversary shifts apply (RULES EDN-5): for an enrollment
// made before a change that moves anniversaries, every anniversary dated
// on or after the change's day moves that many months later, to the same
// day of the month or the month's last day. The Security changes of
// 2026-07-30 move 6 months: enrolled 2025-08-31, anniversary 1 is
// 2027-02-28 rather than 2026-08-31, anniversary 2 is 2028-02-29.
//
// The window opens WindowOpens days before the anniversary and the cycle
// is valid Grace days after it, both counted exactly (RULES INT-3): for
// the anniversary 2026-01-01 under DefaultPolicy, 2025-11-02 through
// 2026-01-31. Year counts the anniversaries dated on or after ReviewsFrom
// in order (INT-4); Manual is set for an even Year whose anniversary is on
// or after ManualFrom when the entry, by the terms in force on the
// anniversary, has a manual validation (REN-4, EDN-4).
//
// Cycle is date arithmetic: it ignores the entry's retirement, which only
// Evaluate applies (EDN-3).
//
// Errors: an invalid policy (ErrInvalidPolicy), an invalid enrollment
// (ErrInvalidEnrollment), an expert program (ErrNotRenewable), and n below
// 1 or a cycle whose valid-to date would be after 9999-12-31
// (ErrNoSuchAnniversary).
func (p Policy) Cycle(e Enrollment, n int) (Cycle, error) {
	if err := p.validate(); err != nil {
		return Cycle{}, err
	}
	if err := e.validate(); err != nil {
		return Cycle{}, err
	}
	var s schedule
	s.init(&p, &e)
	var c Cycle
	if _, ok := s.cycle(n, &c); !ok {
		return Cycle{}, noSuchAnniversary(&e, n)
	}
	return c, nil
}

// Cycles yields the cycles of e from anniversary 1 on, reviewed or not,
// as Cycle computes them, shifts included and retirement ignored. It is
// endless in practice: it stops cleanly at the last cycle that ends by
// 9999-12-31, or when the caller stops. For an invalid policy or
// enrollment, or an expert program, it yields nothing; Cycle(e, 1) tells
// why.
func (p Policy) Cycles(e Enrollment) iter.Seq[Cycle] {
	return func(yield func(Cycle) bool) {
		if p.validate() != nil || e.validate() != nil {
			return
		}
		var s schedule
		s.init(&p, &e)
		var c Cycle
		for n := 1; ; n++ {
			if _, ok := s.cycle(n, &c); !ok || !yield(c) {
				return
			}
		}
	}
}

// Reminders yields the days the partner admins are reminded of cycle c
// (RULES REN-6, INT-7): c.Date plus each of p.ReminderDays, in date order
// whatever order the offsets are given in, each date once. Dates outside
// 0001-01-01..9999-12-31, and every date of a zero Cycle, are skipped. For
// the anniversary 2026-01-01 under DefaultPolicy: 2025-09-03, 2025-10-03,
// 2025-11-02, 2025-12-02, 2026-01-01 and 2026-01-31. Reminders reads
// p.ReminderDays as it iterates and does not allocate for it.
func (p Policy) Reminders(c Cycle) iter.Seq[date.Date] {
	return func(yield func(date.Date) bool) {
		// Repeatedly take the smallest offset above the last one yielded:
		// quadratic in a handful of offsets, but sorted and deduplicated
		// without copying or reordering the caller's slice.
		last, started := 0, false
		for {
			next, found := 0, false
			for _, r := range p.ReminderDays {
				if (!started || r > last) && (!found || r < next) {
					next, found = r, true
				}
			}
			if !found {
				return
			}
			last, started = next, true
			if d := c.Date.AddDays(next); !d.IsZero() && !yield(d) {
				return
			}
		}
	}
}
