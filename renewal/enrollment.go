package renewal

import (
	"strconv"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Enrollment is what a caller stores per partner and entry: the entry
// itself, the enrollment date, and how many anniversaries it has survived.
// The entry's terms are read per day from Item (Item.On(d), RULES EDN-2,
// EDN-4), so which view of the entry Item holds changes no decision. A
// plain comparable value; the zero Enrollment is not valid.

type Enrollment struct {
	// Item is the entry enrolled in: its kind, its terms by date, its
	// anniversary shifts (EDN-5) and its retirement (EDN-3) come from it.
	Item     specialization.Specialization
	Enrolled date.Date // the day the partner first earned the specialization
	// Renewed counts the anniversaries survived so far: 0 in the first
	// term. Anniversaries that were not reviewed (RULES INT-4) count as
	// survived once a later one is renewed (see Decision.Next).
	Renewed int
}

// Enroll returns the Enrollment of s earned on the day on, with Renewed 0.
// Errors: a zero Specialization or a zero date wraps ErrInvalidEnrollment;
// an expert program wraps ErrNotRenewable (RULES REN-1); a day on which s
// is not offered (before its introduction, or from the day it closes to
// new enrollments, RULES EDN-3) is the *specialization.NotOfferedError of
// s.CheckOffered, which wraps specialization.ErrNotOffered and names the
// entry and its dates.
//
// Evaluate and Cycle do not repeat the offered check: an enrollment moved
// by CarryOver predates its new entry, and an enrollment made while an
// entry was offered stays valid after it closes.
func Enroll(s specialization.Specialization, on date.Date) (Enrollment, error) {
	e := Enrollment{Item: s, Enrolled: on}
	if err := e.validate(); err != nil {
		return Enrollment{}, err
	}
	if err := s.CheckOffered(on); err != nil {
		return Enrollment{}, err
	}
	return e, nil
}

// Validate reports whether the renewal process applies to e: an error
// wrapping ErrInvalidEnrollment for a zero Item, a zero Enrolled date or a
// negative Renewed count, and one wrapping ErrNotRenewable for an expert
// program. Errors are *EnrollmentError. It does not allocate when e is
// valid, and does not check that Item is offered on Enrolled (Enroll
// does).
func (e Enrollment) Validate() error { return e.validate() }

// validate is Validate on a pointer, the one check of an enrollment that
// Enroll, Evaluate, Cycle, Cycles, CarryOver and KeepOne make.
func (e *Enrollment) validate() error {
	switch {
	case e.Item.IsZero():
		return e.invalid("Item", "zero Item", ErrInvalidEnrollment)
	case e.Item.Kind() == specialization.KindExpertProgram:
		return e.invalid("Kind", "", ErrNotRenewable)
	case e.Enrolled.IsZero():
		return e.invalid("Enrolled", "zero Enrolled date", ErrInvalidEnrollment)
	case e.Renewed < 0:
		return e.invalid("Renewed", "Renewed "+strconv.Itoa(e.Renewed), ErrInvalidEnrollment)
	}
	return nil
}

// invalid returns the *EnrollmentError of e for field, with detail.
func (e *Enrollment) invalid(field, detail string, err error) error {
	return &EnrollmentError{ID: e.Item.ID(), Field: field, Detail: detail, Err: err}
}
