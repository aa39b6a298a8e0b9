package renewal

import (
	"errors"
	"fmt"

	"github.com/partnerkit/specializations/specialization"
)

// The kinds of error a caller branches on. Every error this package returns
// wraps exactly one of them, so errors.Is works; the wrapping error (a
// *PolicyError, an *EnrollmentError or a *TextError) names the offending
// value. The one exception is Enroll on a day the entry is not offered,
// which returns the entry's *specialization.NotOfferedError, wrapping
// specialization.ErrNotOffered.
var (
	// ErrNotRenewable reports an expert program (Azure Expert MSP): it has
	// its own yearly audit program and is not renewed by this process
	// (RULES REN-1).
	ErrNotRenewable = errors.New("not renewed by this process: an expert program")
	// ErrBeforeEnrollment reports an as-of date before the enrollment date:
	// the partner was not enrolled yet (RULES INT-5).
	ErrBeforeEnrollment = errors.New("as-of date before the enrollment date")
	// ErrNoAsOf reports a zero as-of date: the caller must say which day
	// "today" is.
	ErrNoAsOf = errors.New("no as-of date")
	// ErrInvalidEnrollment reports an Enrollment whose fields cannot
	// describe a real enrollment: a zero Item, a zero Enrolled date or a
	// negative Renewed count.
	ErrInvalidEnrollment = errors.New("invalid enrollment")
	// ErrRenewedAhead reports an Enrollment whose Renewed count is greater
	// than the number of renewal windows opened by the as-of date: it
	// claims anniversaries survived whose renewal could not have started.
	ErrRenewedAhead = errors.New("more anniversaries survived than renewal windows opened")
	// ErrNotCarriedOver reports a CarryOver that RULES EDN-6 does not
	// allow: the entry's retirement does not move its holders, or the
	// target is not the entry that replaced it.
	ErrNotCarriedOver = errors.New("not carried over")
	// ErrNoSuchAnniversary reports an anniversary ordinal below 1, or an
	// anniversary whose cycle (up to its valid-to date) would end after
	// 9999-12-31, the last day a date.Date can name.
	ErrNoSuchAnniversary = errors.New("no such anniversary")
	// ErrInvalidPolicy reports a Policy that Validate rejects.
	ErrInvalidPolicy = errors.New("invalid policy")
	// ErrUnknownValue reports text that names no value of an enum type of
	// this package, or an out-of-range value that has no text form.
	ErrUnknownValue = errors.New("unknown value")
)

// PolicyError describes why Validate rejected a Policy. It wraps
// ErrInvalidPolicy.
type PolicyError struct {
	Field  string // the offending field, e.g. "WindowOpens"
	Value  string // its value as text, e.g. "-1"
	Reason string // what is wrong with it, e.g. "outside 0..365"
}

func (e *PolicyError) Error() string {
	return fmt.Sprintf("renewal: invalid policy: %s %s: %s", e.Field, e.Value, e.Reason)
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
	Field string            // the offending field or argument: "Kind", "Enrolled", "Renewed", "asOf", "anniversary" ...
	Value string            // its value as text
	Err   error             // the sentinel
}

func (e *EnrollmentError) Error() string {
	return fmt.Sprintf("renewal: enrollment %q: %s %s: %v", e.ID, e.Field, e.Value, e.Err)
}

// Unwrap returns e.Err.
func (e *EnrollmentError) Unwrap() error { return e.Err }

// TextError reports text that UnmarshalText could not read as a value of
// one of this package's enum types, or a value that MarshalText cannot
// write. It wraps ErrUnknownValue.
type TextError struct {
	Type string // "Phase", "Outcome", "Requirement", "Requirements" or "LeapDay"
	Text string // the offending input, or the number of an out-of-range value
}

func (e *TextError) Error() string {
	return fmt.Sprintf("renewal: unknown %s %q", e.Type, e.Text)
}

// Unwrap returns ErrUnknownValue.
func (e *TextError) Unwrap() error { return ErrUnknownValue }
