package benefits

import (
	"errors"
	"fmt"
	"strings"
)

// The kinds of bad input Allocate and WhatIf reject, one per thing the
// caller has to fix. Each is wrapped by an error that gives the offending
// values, so the message says each thing once and callers branch with
// errors.Is. A holding earned on a day its item is not offered is reported
// with specialization.ErrNotOffered instead (RULES EDN-3).
var (
	// ErrNoAsOf reports a zero as-of date, given to Allocate or held by the
	// zero Allocation that WhatIf is asked about.
	ErrNoAsOf = errors.New("no as-of date")
	// ErrInvalidPartner reports a Partner whose designation anniversary is
	// zero, after the as-of date, or so late that the designation year would
	// end after year 9999.
	ErrInvalidPartner = errors.New("invalid partner")
	// ErrInvalidCap reports a negative cap, or a cap for a value that is no
	// Category.
	ErrInvalidCap = errors.New("invalid cap")
	// ErrInvalidHolding reports a holding with a zero Item or Earned date,
	// earned after the as-of date (as of that day it has not happened yet),
	// or with a Lapsed date on or before its Earned date (no day held).
	ErrInvalidHolding = errors.New("invalid holding")
	// ErrOverlap reports the same item (the same ID) held twice on some day:
	// two holdings of one item must follow each other, the later earned on
	// or after the day the earlier ended. It is apart from ErrInvalidHolding
	// because each holding is valid on its own; the caller has to end or
	// merge one of them.
	ErrOverlap = errors.New("overlapping holdings")
)

// HoldingError reports a holding given to Allocate that it rejects. Err
// wraps ErrInvalidHolding, ErrOverlap or specialization.ErrNotOffered and
// gives the values at fault, so errors.Is and errors.As see through a
// *HoldingError. WhatIf reports its own holding with a plain wrapped error
// instead: it has no position in the caller's slice.
type HoldingError struct {
	Index   int     // position in the holdings slice given to Allocate
	Holding Holding // the holding as given
	// Field names the field at fault: "Item", "Earned" or "Lapsed"; "" for
	// an overlap, which is about the holding as a whole.
	Field string
	Err   error
}

// Error reads "benefits: holding 0: cloud-security lapsed 2024-12-31, not
// after earned 2025-01-01: invalid holding".
func (e *HoldingError) Error() string {
	return fmt.Sprintf("benefits: holding %d: %v", e.Index, e.Err)
}

// Unwrap returns Err.
func (e *HoldingError) Unwrap() error { return e.Err }

// foreign wraps an error of package specialization so that its message
// reads without that package's prefix: a benefits message names one
// package, at its start. errors.Is and errors.As see the error itself.
type foreign struct{ err error }

func (f foreign) Error() string { return strings.TrimPrefix(f.err.Error(), "specialization: ") }
func (f foreign) Unwrap() error { return f.err }
