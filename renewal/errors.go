package renewal

import (
	"errors"

	"github.com/partnerkit/specializations/specialization"
)

// The kinds of error a caller branches on. Every error this package returns
// wraps exactly one of them, so errors.Is works; the wrapping error (a
// *PolicyError or an *EnrollmentError) names the offending values, so each
// message says each thing once and ends with the sentinel's words:
//
//	renewal: enrollment kubernetes: 2024-05-01, enrolled 2024-05-10: as-of date before enrollment
//
// Two errors come from package specialization: Enroll on a day the entry
// is not offered returns the entry's *specialization.NotOfferedError
// (specialization.ErrNotOffered), and text that names no value of an enum
// of this package is a *specialization.EnumError
// (specialization.ErrUnknownValue), the library's one enum error.
var (
	// ErrNotRenewable reports an expert program (Azure Expert MSP): it has
	// its own yearly audit program and is not renewed by this process
	// (RULES REN-1).
	ErrNotRenewable = errors.New("expert program")
	// ErrBeforeEnrollment reports an as-of date before the enrollment date:
	// the partner was not enrolled yet (RULES INT-5).
	ErrBeforeEnrollment = errors.New("as-of date before enrollment")
	// ErrNoAsOf reports a zero as-of date: the caller must say which day
	// "today" is.
	ErrNoAsOf = errors.New("no as-of date")
	// ErrInvalidEnrollment reports an Enrollment whose fields cannot
	// describe a real enrollment: a zero Item, a zero Enrolled date or a
	// negative Renewed count.
	ErrInvalidEnrollment = errors.New("invalid enrollment")
	// ErrRenewedAhead reports an Enrollment whose Renewed count is greater
	// than the number of renewal windows opened by the as-of date: it
	// claims anniversaries survived whose renewal could not have started
	// (RULES INT-10).
	ErrRenewedAhead = errors.New("more anniversaries survived than windows opened")
	// ErrNotCarriedOver reports a CarryOver that RULES EDN-6 does not
	// allow: the entry's retirement does not move its holders, or the
	// target is not the entry that replaced it.
	ErrNotCarriedOver = errors.New("no carry-over")
	// ErrNoSuchAnniversary reports an anniversary ordinal below 1, or an
	// anniversary whose cycle (up to its valid-to date) would end after
	// 9999-12-31, the last day a date.Date can name.
	ErrNoSuchAnniversary = errors.New("no such anniversary")
	// ErrInvalidPolicy reports a Policy that Validate rejects.
	ErrInvalidPolicy = errors.New("invalid policy")
)

// PolicyError describes why Validate rejected a Policy. It wraps
// ErrInvalidPolicy.
type PolicyError struct {
	Field  string // the offending field, e.g. "WindowOpens"
	Value  string // its value as text, e.g. "-1"; "" for a zero date
	Reason string // what is wrong with it, e.g. "outside 0..365 days"
}

// Error reads "renewal: policy: Grace -5 outside 0..365 days: invalid
// policy".
func (e *PolicyError) Error() string {
	s := "renewal: policy: " + e.Field
	if e.Value != "" {
		s += " " + e.Value
	}
	return s + " " + e.Reason + ": " + ErrInvalidPolicy.Error()
}

// Unwrap returns ErrInvalidPolicy.
func (e *PolicyError) Unwrap() error { return ErrInvalidPolicy }

// EnrollmentError describes why an enrollment could not be enrolled, cycled,
// evaluated or carried over. Err is one of ErrInvalidEnrollment,
// ErrNotRenewable, ErrBeforeEnrollment, ErrNoAsOf, ErrNoSuchAnniversary,
// ErrRenewedAhead and ErrNotCarriedOver, so errors.Is works on the
// EnrollmentError.
type EnrollmentError struct {
	ID    specialization.ID // the ID of the enrollment's entry; "" for a zero Item
	Field string            // the offending field or argument: "Item", "Enrolled", "Renewed", "asOf", "anniversary", "to", "moved"
	// Detail says what is wrong, with the values, in words the sentinel
	// does not repeat: "Renewed -1", "renewed 3 times by 2025-06-01, after
	// 2 renewal windows"; "" when the sentinel says it all.
	Detail string
	Err    error // the sentinel
}

// Error reads "renewal: enrollment kubernetes: Renewed -1: invalid
// enrollment": the entry, the detail, then the sentinel.
func (e *EnrollmentError) Error() string {
	s := "renewal: enrollment"
	if e.ID != "" {
		s += " " + string(e.ID)
	}
	s += ": "
	if e.Detail != "" {
		s += e.Detail + ": "
	}
	if e.Err != nil {
		s += e.Err.Error()
	}
	return s
}

// Unwrap returns e.Err.
func (e *EnrollmentError) Unwrap() error { return e.Err }
