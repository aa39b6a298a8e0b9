package renewal

import (
	"encoding/json"
	"strconv"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Enrollment is what a caller stores per partner and entry: the entry
// itself, the enrollment date, and how many anniversaries it has survived.
// The entry's terms are read per day from Item (Item.On(d), RULES EDN-2,
// EDN-4), so which view of the entry Item holds changes no decision. A
// plain comparable value; the zero Enrollment is not valid.
//
// In JSON an Enrollment names its entry by ID (MarshalJSON). It does not
// decode: the entry cannot be built from its ID without a catalog, so
// decoding one fails with an error wrapping specialization.ErrNotDecodable
// (Specialization.UnmarshalJSON); decode the ID, the date and the count
// yourself and look the ID up in a catalog.
type Enrollment struct {
	// Item is the entry enrolled in: its kind, its terms by date, its
	// anniversary shifts (EDN-5) and its retirement (EDN-3) come from it.
	Item     specialization.Specialization `json:"item"`
	Enrolled date.Date                     `json:"enrolled"` // the day the partner first earned the specialization
	// Renewed counts the anniversaries survived so far: 0 in the first
	// term. Anniversaries that were not reviewed (RULES INT-4) count as
	// survived once a later one is renewed (see Decision.Next).
	Renewed int `json:"renewed"`
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

// MarshalJSON writes e with its entry as its ID:
// {"item":"kubernetes","enrolled":"2025-01-01","renewed":1}. A zero Item
// is "", a zero Enrolled date "".
func (e Enrollment) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Item     specialization.ID `json:"item"`
		Enrolled date.Date         `json:"enrolled"`
		Renewed  int               `json:"renewed"`
	}{e.Item.ID(), e.Enrolled, e.Renewed})
}
