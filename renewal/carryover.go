package renewal

import (
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// CarryOver returns e continued in to, the entry that replaced e's entry
// when it retired, with the same enrollment date and Renewed count, so its
// anniversary is kept (RULES EDN-6). From then on the enrollment is judged
// under to's terms, its changes and shifts included, even on days before
// to was introduced; CarryOver does not check that to is offered.
//
// Example: a Windows Server and SQL Server Migration to Microsoft Azure
// enrollment of 2021-05-17, retired 2023-01-09, continues as Infra and
// Database Migration to Microsoft Azure enrolled 2021-05-17, its next
// anniversary 2023-05-17.
//
// Errors: an invalid e or a result that Validate rejects (a zero to, an
// expert program), and, wrapping ErrNotCarriedOver, an entry that does not
// carry its holders over (e.Item.CarriesOver() is false: the retirement
// just ends the enrollment) or a to that is not e.Item.ReplacedBy().
func CarryOver(e Enrollment, to specialization.Specialization) (Enrollment, error) {
	if err := e.validate(); err != nil {
		return Enrollment{}, err
	}
	switch {
	case !e.Item.CarriesOver():
		return Enrollment{}, e.invalid("Item", "its retirement moves no holders", ErrNotCarriedOver)
	case to.IsZero():
		return Enrollment{}, e.invalid("to", "zero target, replaced by "+string(e.Item.ReplacedBy()), ErrNotCarriedOver)
	case to.ID() != e.Item.ReplacedBy():
		return Enrollment{}, e.invalid("to", "to "+string(to.ID())+", replaced by "+string(e.Item.ReplacedBy()), ErrNotCarriedOver)
	}
	moved := Enrollment{Item: to, Enrolled: e.Enrolled, Renewed: e.Renewed}
	if err := moved.validate(); err != nil {
		return Enrollment{}, err
	}
	return moved, nil
}

// KeepOne returns which of two enrollments in the same entry a partner
// keeps when they were moved into it on the day moved, its retirement day
// (RULES EDN-6): the one whose next anniversary after that day (strictly
// after, shifts of the entry included, as Cycles computes it) comes later,
// so that the partner keeps the enrollment that stays valid longest. On the
// same day, the earlier enrollment; enrolled the same day too, the one
// with more anniversaries survived, else a. The answer does not depend on
// the order of a and b except in that last, indistinguishable case.
//
// Example: Windows Server and SQL Server Migration enrolled 2021-05-17 and
// Linux and Open Source Database Migration enrolled 2022-03-01 both moved
// into Infra and Database Migration on 2023-01-09; their next anniversaries
// are 2023-05-17 and 2023-03-01, so the partner keeps the first.
//
// Errors: an invalid policy or enrollment, a zero moved day (ErrNoAsOf),
// and enrollments in different entries (ErrInvalidEnrollment).
func (p Policy) KeepOne(a, b Enrollment, moved date.Date) (Enrollment, error) {
	if err := p.validate(); err != nil {
		return Enrollment{}, err
	}
	for _, e := range []*Enrollment{&a, &b} {
		if err := e.validate(); err != nil {
			return Enrollment{}, err
		}
	}
	switch {
	case moved.IsZero():
		return Enrollment{}, a.invalid("moved", "moved day", ErrNoAsOf)
	case a.Item.ID() != b.Item.ID():
		return Enrollment{}, a.invalid("Item", "other enrollment in "+string(b.Item.ID()), ErrInvalidEnrollment)
	}
	na, nb := p.nextAfter(&a, moved), p.nextAfter(&b, moved)
	switch {
	case na.After(nb):
		return a, nil
	case nb.After(na):
		return b, nil
	case b.Enrolled.Before(a.Enrolled):
		return b, nil
	case a.Enrolled.Before(b.Enrolled) || a.Renewed >= b.Renewed:
		return a, nil
	}
	return b, nil
}

// nextAfter returns the day of e's first anniversary after day, or the
// zero Date when there is none before 9999-12-31 (which KeepOne reads as
// the earliest, so an enrollment with a next anniversary wins).
func (p *Policy) nextAfter(e *Enrollment, day date.Date) date.Date {
	var s schedule
	s.init(p, e)
	for n := 1; n <= maxAnniversary; n++ {
		d := s.day(n)
		if d.IsZero() || d.After(day) {
			return d
		}
	}
	return date.Date{}
}
