package renewal

import (
	"strconv"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Enrollment is what a caller stores per partner and specialization: the
// entry's ID, kind and manual validation, the enrollment date, and how many
// anniversaries it has survived. A plain comparable value; the zero
// Enrollment is not valid.
type Enrollment struct {
	Specialization specialization.ID
	Kind           specialization.Kind
	Validation     specialization.Validation
	Enrolled       date.Date // the day the partner first earned the specialization
	// Renewed counts the anniversaries survived so far: 0 in the first
	// term. Anniversaries that were not reviewed (RULES INT-4) count as
	// survived once a later one is renewed (see Decision.Next).
	Renewed int
}

// Enroll returns the Enrollment of s earned on the day on, with Renewed 0.
// An expert program is an error wrapping ErrNotRenewable (RULES REN-1); a
// zero Specialization or a zero date is an error wrapping
// ErrInvalidEnrollment.
func Enroll(s specialization.Specialization, on date.Date) (Enrollment, error) {
	if s.IsZero() {
		return Enrollment{}, &EnrollmentError{Field: "Specialization", Value: "(zero)", Err: ErrInvalidEnrollment}
	}
	e := Enrollment{Specialization: s.ID(), Kind: s.Kind(), Validation: s.Validation(), Enrolled: on}
	if err := e.Validate(); err != nil {
		return Enrollment{}, err
	}
	return e, nil
}

// Validate reports whether the renewal process applies to e: an error
// wrapping ErrInvalidEnrollment for an invalid ID, Kind or Validation, a
// zero Enrolled date or a negative Renewed count, and one wrapping
// ErrNotRenewable for an expert program. Errors are *EnrollmentError. It
// does not allocate when e is valid.
func (e Enrollment) Validate() error { return e.validate() }

// validate is Validate without copying e, for Evaluate's budget.
func (e *Enrollment) validate() error {
	if !e.Specialization.Valid() {
		return e.invalid("Specialization", strconv.Quote(string(e.Specialization)), ErrInvalidEnrollment)
	}
	return e.validateTerms()
}

// validateTerms checks what cycles and decisions are computed from, and
// only that the ID is there: its form labels a decision without changing
// it, and checking it cost Evaluate a fifth of its time.
func (e *Enrollment) validateTerms() error {
	switch {
	case e.Specialization == "":
		return e.invalid("Specialization", `""`, ErrInvalidEnrollment)
	case !e.Kind.Valid():
		return e.invalid("Kind", e.Kind.String(), ErrInvalidEnrollment)
	case e.Kind == specialization.KindExpertProgram:
		return e.invalid("Kind", "expert-program", ErrNotRenewable)
	case !e.Validation.Valid():
		return e.invalid("Validation", e.Validation.String(), ErrInvalidEnrollment)
	case e.Enrolled.IsZero():
		return e.invalid("Enrolled", `""`, ErrInvalidEnrollment)
	case e.Renewed < 0:
		return e.invalid("Renewed", strconv.Itoa(e.Renewed), ErrInvalidEnrollment)
	}
	return nil
}

func (e *Enrollment) invalid(field, value string, err error) error {
	return &EnrollmentError{ID: e.Specialization, Field: field, Value: value, Err: err}
}
