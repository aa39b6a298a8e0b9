package benefits

import (
	"fmt"
	"slices"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Grant is the allocation's answer for one holding. Its JSON writes the
// holding's item as its ID (see Holding.MarshalJSON), so a Grant does not
// decode: the error wraps specialization.ErrNotDecodable.
type Grant struct {
	Holding Holding   `json:"holding"`
	Granted bool      `json:"granted"` // the holding brings a benefit this designation year
	Rank    int       `json:"rank"`    // 1-based place within its category when granted (1..cap); 0 when withheld
	Reason  Reason    `json:"reason"`  // why granted or withheld
	Through date.Date `json:"through"` // last day of availability, inclusive, when granted; zero when withheld
}

// Grants returns one Grant per holding given to Allocate, in the order
// given. The slice is the caller's to keep; it shares nothing with a.
func (a Allocation) Grants() []Grant {
	if len(a.entries) == 0 {
		return nil
	}
	grants := make([]Grant, len(a.entries))
	for i := range a.entries {
		e := &a.entries[i]
		grants[e.index] = a.grant(e)
	}
	return grants
}

// grant returns the Grant of e, with its reason.
func (a *Allocation) grant(e *entry) Grant {
	g := Grant{Holding: e.h, Reason: a.reason(e)}
	if e.result == granted {
		g.Granted, g.Rank, g.Through = true, e.rank, a.through()
	}
	return g
}

// Used returns how many slots of category cat are taken this designation
// year: between 0 and the cap. Slots taken by items that lapsed or retired
// during the year still count (RULES INT-8, EDN-3). It is 0 for a value that is no category.
func (a Allocation) Used(cat specialization.Category) int { return a.used.at(cat) }

// Remaining returns how many slots of category cat are still free: the cap
// minus Used, never negative, and 0 for a value that is no category. A free
// slot is not a promise: an item still needs the prerequisites of RULES
// INT-9, which WhatIf checks.
func (a Allocation) Remaining(cat specialization.Category) int {
	return max(0, a.caps.at(cat)-a.used.at(cat))
}

// WhatIf returns the Grant that one more holding h would get if it were
// given to Allocate with the others, without changing a. A zero h.Earned
// means a's as-of date (an item earned today), and the returned Grant's
// Holding has it filled in. h is checked as Allocate checks a holding, and
// errors wrap the same values: ErrInvalidHolding (a zero Item, earned after
// the as-of date, a Lapsed on or before Earned),
// specialization.ErrNotOffered (RULES EDN-3) and ErrOverlap (a holding of
// the same item on the same day). They read "benefits: what-if holding:
// ...": h has no position in the caller's slice, so they are no
// *HoldingError. The answer uses the allocation's caps and the terms in
// force on its as-of date, as Allocate does.
//
// A holding earned on or before the designation anniversary is ranked among
// those held that day, and so may take a slot that an item earned later
// would otherwise have: WhatIf answers by the rules, not first come first
// served. On the zero Allocation WhatIf returns an error wrapping
// ErrNoAsOf.
func (a Allocation) WhatIf(h Holding) (Grant, error) {
	if a.asOf.IsZero() {
		return Grant{}, fmt.Errorf("benefits: what-if on the zero Allocation: %w", ErrNoAsOf)
	}
	if h.Earned.IsZero() {
		h.Earned = a.asOf
	}
	if _, err := h.check(a.asOf); err != nil {
		return Grant{}, fmt.Errorf("benefits: what-if holding: %w", err)
	}
	n := len(a.entries)
	es := make([]entry, n+1)
	for i, e := range a.entries {
		es[i] = entry{h: e.h, index: e.index}
	}
	es[n] = entry{h: h, index: n} // after every caller index, so an overlap is reported about h
	b := a                        // b gets its own entries; a's are never touched
	if he := b.allocate(es); he != nil {
		return Grant{}, fmt.Errorf("benefits: what-if holding: %w", he.Err)
	}
	i := slices.IndexFunc(b.entries, func(e entry) bool { return e.index == n })
	return b.grant(&b.entries[i]), nil
}

// Equal reports whether a and o hold the same allocation: the same partner,
// as-of date, designation year, caps and holdings in the same input order,
// with the same decisions. It lets github.com/google/go-cmp compare
// Allocations.
func (a Allocation) Equal(o Allocation) bool {
	return a.partner == o.partner && a.asOf == o.asOf && a.da == o.da && a.next == o.next &&
		a.caps == o.caps && a.published == o.published && a.used == o.used &&
		slices.EqualFunc(a.entries, o.entries, func(x, y entry) bool { return x.equal(&y) })
}
