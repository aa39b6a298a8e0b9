package benefits

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/anniversary"
	"github.com/partnerkit/specializations/specialization"
)

// Partner is what the allocation needs to know about the partner (RULES
// BEN-1, BEN-4, INT-8, INT-9).
type Partner struct {
	// Designations are the Solutions Partner designations the partner
	// holds; an item brings a benefit only if one of them is among its
	// aligned designations in force on the as-of date (RULES CAT-2, EDN-3).
	Designations specialization.DesignationSet `json:"designations"`
	// BenefitsPurchased tells whether the partner chose and paid for the
	// Solutions Partner benefits; without them nothing brings a benefit.
	BenefitsPurchased bool `json:"benefitsPurchased"`
	// DesignationAnniversary is the day the designation was first earned,
	// or any of its anniversaries on or before the as-of date. Allocate
	// works from the last anniversary on or before the as-of date, computed
	// from this day by RULES INT-2: a first day of 29 February gives
	// 28 February in common years and 29 February in leap years. Required,
	// and not after the as-of date.
	DesignationAnniversary date.Date `json:"designationAnniversary"`
	// MembershipEnds is the last day of the Solutions Partner membership,
	// inclusive; zero while the membership is open-ended.
	MembershipEnds date.Date `json:"membershipEnds"`
}

// Holding is one period during which the partner held a specialization or
// expert program: from Earned (inclusive) to Lapsed or the item's Retired
// day, whichever comes first (exclusive; RULES EDN-3). One item may have
// several holdings, one after the other, but never two on the same day.
type Holding struct {
	Item   specialization.Specialization `json:"item"`   // required (not the zero Specialization)
	Earned date.Date                     `json:"earned"` // first day held; required, a day on which Item is offered (EDN-3)
	Lapsed date.Date                     `json:"lapsed"` // first day no longer held; zero while held
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

// MarshalJSON writes h with its item as its ID:
// {"item":"cloud-security","earned":"2026-01-15","lapsed":""}, dates as
// "YYYY-MM-DD" and "" for a zero date. A Holding does not decode: its
// item's specialization.Specialization.UnmarshalJSON refuses with an error
// wrapping specialization.ErrNotDecodable; read the ID and resolve it
// through a catalog.
func (h Holding) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Item   specialization.ID `json:"item"`
		Earned date.Date         `json:"earned"`
		Lapsed date.Date         `json:"lapsed"`
	}{h.Item.ID(), h.Earned, h.Lapsed})
}

// check reports what is wrong with h as of asOf and the field at fault, or
// nil. An Earned day on which the item is not offered is reported by the
// *specialization.NotOfferedError of CheckOffered, which names the entry
// and its dates (RULES EDN-3).
func (h Holding) check(asOf date.Date) (field string, err error) {
	id := h.Item.ID()
	switch {
	case h.Item.IsZero():
		return "Item", fmt.Errorf("no item: %w", ErrInvalidHolding)
	case h.Earned.IsZero():
		return "Earned", fmt.Errorf("%s: no earned date: %w", id, ErrInvalidHolding)
	case h.Earned.After(asOf):
		return "Earned", fmt.Errorf("%s earned %s, after the as-of date %s: %w", id, h.Earned, asOf, ErrInvalidHolding)
	case !h.Lapsed.IsZero() && !h.Lapsed.After(h.Earned):
		return "Lapsed", fmt.Errorf("%s lapsed %s, not after earned %s: %w", id, h.Lapsed, h.Earned, ErrInvalidHolding)
	}
	if err := h.Item.CheckOffered(h.Earned); err != nil {
		return "Earned", foreign{err}
	}
	return "", nil
}

// span describes the days h is held, as given: "from 2025-01-01" or
// "from 2025-01-01 until 2026-03-02".
func (h Holding) span() string {
	if h.Lapsed.IsZero() {
		return "from " + h.Earned.String()
	}
	return "from " + h.Earned.String() + " until " + h.Lapsed.String()
}

// end returns the first day h is no longer held: its Lapsed day or its
// item's Retired day, whichever comes first (RULES EDN-3), and whether that
// day is the retirement (on a tie, it is). It returns the zero Date while
// neither is set.
func (h Holding) end() (day date.Date, retired bool) {
	r, ok := h.Item.Retired()
	if ok && (h.Lapsed.IsZero() || !h.Lapsed.Before(r)) {
		return r, true
	}
	return h.Lapsed, false
}

// endedBy reports whether h has stopped being held on or before d.
func (h Holding) endedBy(d date.Date) bool {
	end, _ := h.end()
	return !end.IsZero() && !end.After(d)
}

// year validates p's designation anniversary against asOf and returns the
// designation year containing asOf: its first day, the last anniversary on
// or before asOf, and the next anniversary, both by RULES INT-2 from the
// day given, never chained.
func (p Partner) year(asOf date.Date) (da, next date.Date, err error) {
	first := p.DesignationAnniversary
	switch {
	case asOf.IsZero():
		return da, next, fmt.Errorf("benefits: %w", ErrNoAsOf)
	case first.IsZero():
		return da, next, fmt.Errorf("benefits: no designation anniversary: %w", ErrInvalidPartner)
	case first.After(asOf):
		return da, next, fmt.Errorf("benefits: designation anniversary %s after the as-of date %s: %w",
			first, asOf, ErrInvalidPartner)
	}
	da, n := anniversary.Last(first, asOf, false)
	next = anniversary.Nth(first, n+1, false)
	if next.IsZero() {
		return da, next, fmt.Errorf("benefits: designation anniversary %s: no next one before year 10000: %w",
			da, ErrInvalidPartner)
	}
	return da, next, nil
}

// Allocation is the outcome of Allocate: which holdings bring a benefit in
// one designation year, as of one day. It is an immutable value, safe to
// copy and to use concurrently; WhatIf works on a copy. The zero Allocation
// holds no grant and has every cap at 0.
type Allocation struct {
	partner   Partner
	asOf      date.Date
	da        date.Date // the designation anniversary that starts the year: the last on or before asOf
	next      date.Date // the designation anniversary that ends the year
	caps      perCategory
	published bool // caps are the published ones in force on asOf, so a reason can name a raise (EDN-7)
	used      perCategory
	entries   []entry // in allocation order: earned, then ID; never changed once built
}

// result is what the allocation decided for one holding.
type result uint8

const (
	granted         result = iota + 1 // took a slot within its category's cap
	notPurchased                      // no Solutions Partner benefits bought (INT-9)
	membershipEnded                   // as-of date after the membership's last day (INT-9)
	notHeld                           // lapsed or retired on or before the DA (INT-9, EDN-3)
	notAligned                        // partner holds none of its designations in force on asOf (INT-9)
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
// designation year that contains asOf (RULES BEN-1..BEN-5, INT-8, INT-9,
// EDN-3, EDN-7). A nil caps means PublishedCaps(asOf): the caps in force on
// the as-of date apply to the whole year's allocation, so a cap raised
// during the year lets withheld items in, in earned order.
//
// The year runs from the designation anniversary (DA) on or before asOf,
// computed from p.DesignationAnniversary by RULES INT-2, to the next DA. On
// the DA the allocation is made afresh from the holdings held that day
// (earned on or before it, not lapsed or retired by it): in each category,
// in the order they were earned, same-day ties by ID in byte order, the
// first ones up to the cap get a benefit, ranked 1, 2, ... A holding earned
// after the DA, on or before asOf, takes a free slot on the day it was
// earned, again in earned order. A holding that lapses, or whose item
// retires, during the year keeps its benefit and its slot until the next
// DA; slots never free up within a year. A granted benefit is available
// through the next DA, inclusive, or through p.MembershipEnds if that comes
// first.
//
// Nothing is granted without p.BenefitsPurchased, or when asOf is after
// p.MembershipEnds. A holding whose item, by its terms in force on asOf, is
// aligned with none of p.Designations, or that ended on or before the DA,
// takes no slot. A second holding of an item whose earlier holding keeps a
// slot this year brings nothing more: an item counts once.
//
// The result does not depend on the order of holdings; Grants reports them
// in that order. Allocate returns an error wrapping ErrNoAsOf for a zero
// asOf, ErrInvalidPartner for a zero DA or one after asOf, ErrInvalidCap
// for an invalid cap, and a *HoldingError for a holding: ErrInvalidHolding
// for a zero Item or Earned, an Earned after asOf or a Lapsed on or before
// Earned; the item's *specialization.NotOfferedError (errors.Is matches
// specialization.ErrNotOffered) for an Earned day on which the item is not
// offered; ErrOverlap for a holding held on the same day as another
// holding of the same item.
func Allocate(p Partner, holdings []Holding, caps Caps, asOf date.Date) (Allocation, error) {
	da, next, err := p.year(asOf)
	if err != nil {
		return Allocation{}, err
	}
	t, published, err := caps.table(asOf)
	if err != nil {
		return Allocation{}, err
	}
	entries := make([]entry, len(holdings))
	for i, h := range holdings {
		if field, err := h.check(asOf); err != nil {
			return Allocation{}, &HoldingError{Index: i, Holding: h, Field: field, Err: err}
		}
		entries[i] = entry{h: h, index: i}
	}
	a := Allocation{partner: p, asOf: asOf, da: da, next: next, caps: t, published: published}
	if err := a.allocate(entries); err != nil {
		return Allocation{}, err
	}
	return a, nil
}

// allocate orders es, rejects overlapping holdings of one item, decides
// every entry and keeps es as a.entries. Sorting first by item then by
// earned order is what makes the result independent of the caller's order:
// once overlaps are ruled out, (Earned, ID) is a total order.
func (a *Allocation) allocate(es []entry) *HoldingError {
	slices.SortFunc(es, byItemThenEarned)
	for i := 1; i < len(es); i++ {
		x, y := &es[i-1], &es[i]
		if x.h.Item.ID() != y.h.Item.ID() {
			continue
		}
		if !x.h.endedBy(y.h.Earned) {
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
func overlapError(x, y *entry) *HoldingError {
	if x.index > y.index {
		x, y = y, x
	}
	return &HoldingError{Index: y.index, Holding: y.h, Err: fmt.Errorf("%s %s and holding %d %s: %w",
		y.h.Item.ID(), y.h.span(), x.index, x.h.span(), ErrOverlap)}
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
	case e.h.endedBy(a.da):
		e.result = notHeld
	case !a.partner.Designations.Intersects(e.h.Item.On(a.asOf).Designations()):
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
