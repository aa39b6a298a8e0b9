package benefits

import (
	"fmt"
	"slices"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Grant is the allocation's answer for one holding.
type Grant struct {
	Holding Holding
	Granted bool      // the holding brings a benefit this designation year
	Rank    int       // 1-based place within its category when granted (1..cap); 0 when withheld
	Reason  Reason    // why granted or withheld
	Through date.Date // last day of availability, inclusive, when granted; zero when withheld
}

// Grants returns one Grant per holding given to Allocate, in the order
// given. The slice is the caller's to keep; it shares nothing with a.
func (a Allocation) Grants() []Grant {
	if len(a.entries) == 0 {
		return nil
	}
	grants := make([]Grant, len(a.entries))
	// Every text, English then Chinese, goes into one buffer, turned into
	// one string that the Reasons slice: one allocation instead of two per
	// holding.
	buf := make([]byte, 0, 400*len(a.entries))
	ends := make([]int, 2*len(a.entries))
	onDA := a.capsOnDA()
	for i := range a.entries {
		e := &a.entries[i]
		f := a.facts(e, &onDA)
		buf = a.appendEnglish(buf, e, &f)
		ends[2*i] = len(buf)
		buf = a.appendChinese(buf, e, &f)
		ends[2*i+1] = len(buf)
		grants[e.index] = a.grant(e, Reason{Clause: f.clause})
	}
	texts := string(buf)
	start := 0
	for i := range a.entries {
		r := &grants[a.entries[i].index].Reason
		r.Text, r.Chinese = texts[start:ends[2*i]], texts[ends[2*i]:ends[2*i+1]]
		start = ends[2*i+1]
	}
	return grants
}

// grant returns the Grant of e with reason r.
func (a *Allocation) grant(e *entry, r Reason) Grant {
	g := Grant{Holding: e.h, Reason: r}
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
// Holding has it filled in. h is checked as Allocate checks a holding:
// earned after the as-of date, a zero Item, a Lapsed on or before Earned,
// an Earned day on which the item is not offered (specialization.
// ErrNotOffered, RULES EDN-3), or an overlap with a holding of the same
// item are errors, reported as a *HoldingError with Index WhatIfIndex. The
// answer uses the allocation's caps and the terms in force on its as-of
// date, as Allocate does.
//
// A holding earned on or before the designation anniversary is ranked among
// those held that day, and so may take a slot that an item earned later
// would otherwise have: WhatIf answers by the rules, not first come first
// served. On the zero Allocation WhatIf returns an error wrapping
// ErrZeroDate.
func (a Allocation) WhatIf(h Holding) (Grant, error) {
	if a.asOf.IsZero() {
		return Grant{}, fmt.Errorf("benefits: what-if on an allocation with no as-of date: %w", ErrZeroDate)
	}
	if h.Earned.IsZero() {
		h.Earned = a.asOf
	}
	if err := h.check(a.asOf); err != nil {
		return Grant{}, &HoldingError{Index: WhatIfIndex, Holding: h, Err: err}
	}
	n := len(a.entries)
	es := make([]entry, n+1)
	for i, e := range a.entries {
		es[i] = entry{h: e.h, index: e.index}
	}
	es[n] = entry{h: h, index: n} // after every caller index, so overlaps name h
	b := a                        // b gets its own entries; a's are never touched
	if err := b.allocate(es); err != nil {
		if he, ok := err.(*HoldingError); ok && he.Index == n {
			he.Index = WhatIfIndex
		}
		return Grant{}, err
	}
	i := slices.IndexFunc(b.entries, func(e entry) bool { return e.index == n })
	return b.grant(&b.entries[i], b.reason(&b.entries[i])), nil
}

// reason returns the Reason of one entry, both sentences in one string.
func (a *Allocation) reason(e *entry) Reason {
	onDA := a.capsOnDA()
	f := a.facts(e, &onDA)
	buf := a.appendEnglish(make([]byte, 0, 512), e, &f)
	n := len(buf)
	texts := string(a.appendChinese(buf, e, &f))
	return Reason{Clause: f.clause, Text: texts[:n], Chinese: texts[n:]}
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
