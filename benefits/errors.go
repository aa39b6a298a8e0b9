package benefits

import (
	"errors"
	"fmt"
)

// The kinds of bad input Allocate and WhatIf reject. Each is wrapped with
// the offending value (and, for a holding, by a *HoldingError), so callers
// branch with errors.Is. A holding earned on a day its item is not offered
// is reported with specialization.ErrNotOffered instead (RULES EDN-3).
var (
	// ErrZeroDate reports a zero date where one is required: the as-of
	// date, the designation anniversary, or the day a holding was earned.
	ErrZeroDate = errors.New("date is zero")
	// ErrAnniversaryOutOfRange reports a designation anniversary after the
	// as-of date, or a designation year whose next anniversary falls after
	// year 9999 and cannot be represented.
	ErrAnniversaryOutOfRange = errors.New("designation anniversary out of range")
	// ErrInvalidCap reports a negative cap, or a cap for a value that is no
	// Category.
	ErrInvalidCap = errors.New("cap is negative or not for a category")
	// ErrZeroItem reports a holding whose Item is the zero Specialization.
	ErrZeroItem = errors.New("no specialization (zero Item)")
	// ErrEarnedAfterAsOf reports a holding earned after the as-of date: as of
	// that day it has not happened yet.
	ErrEarnedAfterAsOf = errors.New("earned after the as-of date")
	// ErrLapsedNotAfterEarned reports a holding whose Lapsed date is on or
	// before its Earned date, which leaves no day on which it was held.
	ErrLapsedNotAfterEarned = errors.New("lapsed on or before the day it was earned")
	// ErrOverlap reports the same specialization (the same ID) held twice on
	// some day: two holdings of one item must follow each other, the later
	// earned on or after the day the earlier lapsed.
	ErrOverlap = errors.New("same specialization held twice at once")
)

// WhatIfIndex is the Index a *HoldingError gives the holding passed to
// WhatIf, which has no place in the caller's slice.
const WhatIfIndex = -1

// HoldingError reports a holding that Allocate or WhatIf rejects. Err is one
// of the package's sentinel errors (possibly wrapped with more context), so
// errors.Is works on a *HoldingError.
type HoldingError struct {
	Index   int     // position in the holdings slice; WhatIfIndex for WhatIf's holding
	Holding Holding // the holding as given
	Err     error
}

// Error names the holding by its position and data, then what is wrong.
func (e *HoldingError) Error() string {
	who := fmt.Sprintf("holding %d", e.Index)
	if e.Index == WhatIfIndex {
		who = "what-if holding"
	}
	return fmt.Sprintf("benefits: %s (%s): %v", who, e.Holding, e.Err)
}

// Unwrap returns Err.
func (e *HoldingError) Unwrap() error { return e.Err }
