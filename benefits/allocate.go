package benefits

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Partner is what the allocation needs to know about the partner (RULES
// BEN-1, BEN-4, INT-8, INT-9).
type Partner struct {
	// Designations are the Solutions Partner designations the partner
	// holds; an item brings a benefit only if one of them is among its
	// aligned designations (RULES CAT-2).
	Designations specialization.DesignationSet
	// BenefitsPurchased tells whether the partner chose and paid for the
	// Solutions Partner benefits; without them nothing brings a benefit.
	BenefitsPurchased bool
	// DesignationAnniversary is the designation anniversary (DA) that
	// starts the designation year containing the as-of date: on or before
	// it, and at most one year before it. Required.
	DesignationAnniversary date.Date
	// MembershipEnds is the last day of the Solutions Partner membership,
	// inclusive; zero while the membership is open-ended.
	MembershipEnds date.Date
}

// Holding is one period during which the partner held a specialization or
// expert program: from Earned (inclusive) to Lapsed (exclusive). One item
// may have several holdings, one after the other, but never two on the same
// day.
type Holding struct {
	Item   specialization.Specialization // required (not the zero Specialization)
	Earned date.Date                     // first day held; required
	Lapsed date.Date                     // first day no longer held; zero while held
}

// String describes h for messages: "cloud-security, earned 2026-01-15" with
// ", lapsed 2026-09-01" when it has lapsed.
func (h Holding) String() string {
	s := "zero item"
	if !h.Item.IsZero() {
		s = string(h.Item.ID())
	}
	s += ", earned " + h.Earned.String()
	if !h.Lapsed.IsZero() {
		s += ", lapsed " + h.Lapsed.String()
	}
	return s
}

// check reports what is wrong with h as of asOf, or nil.
func (h Holding) check(asOf date.Date) error {
	switch {
	case h.Item.IsZero():
		return ErrZeroItem
	case h.Earned.IsZero():
		return fmt.Errorf("earned: %w", ErrZeroDate)
	case h.Earned.After(asOf):
		return fmt.Errorf("%w %s", ErrEarnedAfterAsOf, asOf)
	case !h.Lapsed.IsZero() && !h.Lapsed.After(h.Earned):
		return ErrLapsedNotAfterEarned
	}
	return nil
}

// lapsedBy reports whether h has stopped being held on or before d.
func (h Holding) lapsedBy(d date.Date) bool {
	return !h.Lapsed.IsZero() && !h.Lapsed.After(d)
}

// nextAnniversary returns the designation anniversary one year after da:
// the same month and day, except that 29 February becomes 28 February in a
// common year (as RULES INT-2 does for enrollments). It returns the zero
// Date past year 9999.
func nextAnniversary(da date.Date) date.Date {
	year, month, day := da.Year()+1, da.Month(), da.Day()
	if month == time.February && day == 29 && !date.IsLeapYear(year) {
		day = 28
	}
	next, err := date.New(year, month, day)
	if err != nil {
		return date.Date{}
	}
	return next
}

// year validates the designation year of p as of asOf and returns its next
// designation anniversary.
func (p Partner) year(asOf date.Date) (date.Date, error) {
	da := p.DesignationAnniversary
	if asOf.IsZero() {
		return date.Date{}, fmt.Errorf("benefits: as-of date: %w", ErrZeroDate)
	}
	if da.IsZero() {
		return date.Date{}, fmt.Errorf("benefits: designation anniversary: %w", ErrZeroDate)
	}
	if da.After(asOf) {
		return date.Date{}, fmt.Errorf("benefits: designation anniversary %s is after the as-of date %s: %w",
			da, asOf, ErrAnniversaryOutOfRange)
	}
	next := nextAnniversary(da)
	if next.IsZero() {
		return date.Date{}, fmt.Errorf("benefits: designation anniversary %s has no next one before year 10000: %w",
			da, ErrAnniversaryOutOfRange)
	}
	if asOf.After(next) {
		return date.Date{}, fmt.Errorf("benefits: designation anniversary %s is more than a year before the as-of date %s: %w",
			da, asOf, ErrAnniversaryOutOfRange)
	}
	return next, nil
}

// Allocation is the outcome of Allocate: which holdings bring a benefit in
// one designation year, as of one day. It is an immutable value, safe to
// copy and to use concurrently; WhatIf works on a copy. The zero Allocation
// holds no grant and has every cap at 0.
type Allocation struct {
	partner Partner
	asOf    date.Date
	next    date.Date // the designation anniversary that ends the year
	caps    perCategory
	used    perCategory
	entries []entry // in allocation order: earned, then ID; never changed once built
}

// result is what the allocation decided for one holding.
type result uint8

const (
	granted         result = iota + 1 // took a slot within its category's cap
	notPurchased                      // no Solutions Partner benefits bought (INT-9)
	membershipEnded                   // as-of date after the membership's last day (INT-9)
	notHeld                           // lapsed on or before the DA (INT-9)
	notAligned                        // partner holds none of its designations (INT-9)
	atCap                             // its category's cap was full (BEN-5)
	shared                            // an earlier holding of the same item keeps the slot
)

// entry is one holding and its decision.
type entry struct {
	h      Holding
	index  int  // position in the caller's slice
	repeat bool // an earlier holding of the same item exists
	result result
	rank   int // granted: 1-based place in the category; shared: the earlier holding's
	prior  int // shared: position in entries of the earlier holding that has the slot
}

func (e *entry) equal(o *entry) bool {
	return e.h.Item.Equal(o.h.Item) && e.h.Earned == o.h.Earned && e.h.Lapsed == o.h.Lapsed &&
		e.index == o.index && e.repeat == o.repeat && e.result == o.result && e.rank == o.rank && e.prior == o.prior
}

// Allocate decides which holdings bring specialization benefits in the
// designation year that contains asOf (RULES BEN-1..BEN-5, INT-8, INT-9).
// A nil caps means DefaultCaps().
//
// The year runs from p.DesignationAnniversary (DA) to the next DA. On the DA
// the allocation is made afresh from the holdings held that day (earned on
// or before it, not lapsed by it): in each category, in the order they were
// earned, same-day ties by ID in byte order, the first ones up to the cap
// get a benefit, ranked 1, 2, ... A holding earned after the DA, on or
// before asOf, takes a free slot on the day it was earned, again in earned
// order. A holding that lapses during the year keeps its benefit and its
// slot until the next DA; slots never free up within a year. A granted
// benefit is available through the next DA, inclusive, or through
// p.MembershipEnds if that comes first.
//
// Nothing is granted without p.BenefitsPurchased, or when asOf is after
// p.MembershipEnds. A holding whose item is aligned with none of
// p.Designations, or that lapsed on or before the DA, takes no slot. A
// second holding of an item whose earlier holding keeps a slot this year
// brings nothing more: an item counts once.
//
// The result does not depend on the order of holdings; Grants reports them
// in that order. Allocate returns an error for a zero asOf or DA, a DA after
// asOf or more than a year before it, an invalid cap, and (as a
// *HoldingError) a holding with a zero Item or Earned, earned after asOf,
// lapsed on or before it was earned, or held on the same day as another
// holding of the same item.
func Allocate(p Partner, holdings []Holding, caps Caps, asOf date.Date) (Allocation, error) {
	next, err := p.year(asOf)
	if err != nil {
		return Allocation{}, err
	}
	t, err := caps.table()
	if err != nil {
		return Allocation{}, err
	}
	entries := make([]entry, len(holdings))
	for i, h := range holdings {
		if err := h.check(asOf); err != nil {
			return Allocation{}, &HoldingError{Index: i, Holding: h, Err: err}
		}
		entries[i] = entry{h: h, index: i}
	}
	a := Allocation{partner: p, asOf: asOf, next: next, caps: t}
	if err := a.allocate(entries); err != nil {
		return Allocation{}, err
	}
	return a, nil
}

// allocate orders es, rejects overlapping holdings of one item, decides
// every entry and keeps es as a.entries. Sorting first by item then by
// earned order is what makes the result independent of the caller's order:
// once overlaps are ruled out, (Earned, ID) is a total order.
func (a *Allocation) allocate(es []entry) error {
	slices.SortFunc(es, byItemThenEarned)
	for i := 1; i < len(es); i++ {
		x, y := &es[i-1], &es[i]
		if x.h.Item.ID() != y.h.Item.ID() {
			continue
		}
		if !x.h.lapsedBy(y.h.Earned) {
			return overlapError(x, y)
		}
		y.repeat = true
	}
	slices.SortFunc(es, byEarnedThenItem)
	a.entries = es
	a.used = perCategory{}
	for i := range es {
		a.decide(i)
	}
	return nil
}

// overlapError reports the later of two overlapping holdings in the
// caller's order, naming the earlier one.
func overlapError(x, y *entry) error {
	if x.index > y.index {
		x, y = y, x
	}
	return &HoldingError{Index: y.index, Holding: y.h,
		Err: fmt.Errorf("%w: also held as holding %d (%s)", ErrOverlap, x.index, x.h)}
}

func byItemThenEarned(x, y entry) int {
	if c := strings.Compare(string(x.h.Item.ID()), string(y.h.Item.ID())); c != 0 {
		return c
	}
	if c := x.h.Earned.Compare(y.h.Earned); c != 0 {
		return c
	}
	return x.index - y.index
}

func byEarnedThenItem(x, y entry) int {
	if c := x.h.Earned.Compare(y.h.Earned); c != 0 {
		return c
	}
	return strings.Compare(string(x.h.Item.ID()), string(y.h.Item.ID()))
}

// decide sets the result of a.entries[i]; every entry before it in
// allocation order has been decided.
func (a *Allocation) decide(i int) {
	e := &a.entries[i]
	switch {
	case !a.partner.BenefitsPurchased:
		e.result = notPurchased
	case a.ended():
		e.result = membershipEnded
	case e.h.lapsedBy(a.partner.DesignationAnniversary):
		e.result = notHeld
	case !a.partner.Designations.Intersects(e.h.Item.Designations()):
		e.result = notAligned
	default:
		a.take(i)
	}
}

// take gives a.entries[i] a slot in its category if the item has none yet
// this year and the cap leaves room.
func (a *Allocation) take(i int) {
	e := &a.entries[i]
	if e.repeat {
		if j := a.slotOf(e.h.Item.ID(), i); j >= 0 {
			e.result, e.rank, e.prior = shared, a.entries[j].rank, j
			return
		}
	}
	cat := e.h.Item.Category()
	if a.used.at(cat) >= a.caps.at(cat) {
		e.result = atCap
		return
	}
	a.used[cat]++
	e.result, e.rank = granted, a.used[cat]
}

// slotOf returns the position, before i, of the holding of item id that has
// a slot, or -1. Only repeated items are looked up, so the scan is rare.
func (a *Allocation) slotOf(id specialization.ID, i int) int {
	for j := range a.entries[:i] {
		if a.entries[j].result == granted && a.entries[j].h.Item.ID() == id {
			return j
		}
	}
	return -1
}

// ended reports whether the membership ended before the as-of date.
func (a *Allocation) ended() bool {
	end := a.partner.MembershipEnds
	return !end.IsZero() && a.asOf.After(end)
}

// through returns the last day a benefit granted this year is available.
func (a *Allocation) through() date.Date {
	if end := a.partner.MembershipEnds; !end.IsZero() && end.Before(a.next) {
		return end
	}
	return a.next
}
