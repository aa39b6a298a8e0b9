package portfolio

import (
	"errors"
	"fmt"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
)

// merge applies RULES EDN-6 to holdings that ended up in one entry
// through a carry-over: on the day a holding was carried into an entry,
// every other holding of that entry held that day is compared with it by
// renewal.Policy.KeepOne; the one not kept is merged, ended on that day,
// whatever became of it later.
func (pl Planner) merge(hs []HoldingStatus) error {
	for i := range hs {
		if hs[i].Item.ID() == hs[i].Entry.ID() || hs[i].State == StateMerged {
			continue
		}
		moved := retiredOn(hs[i].Entry)
		for j := range hs {
			if j == i || hs[j].Item.ID() != hs[i].Item.ID() || hs[j].State == StateMerged || !hs[j].heldOn(moved) {
				continue
			}
			keep, err := pl.Policy.KeepOne(hs[i].enrollment(), hs[j].enrollment(), moved)
			if err != nil {
				return &HoldingError{Index: hs[i].Index, ID: hs[i].Holding.ID, Err: err}
			}
			loser := &hs[j]
			if keep == hs[j].enrollment() {
				loser = &hs[i]
			}
			loser.State, loser.HeldUntil, loser.Decision, loser.Through = StateMerged, moved, renewal.Decision{}, date.Date{}
			if loser == &hs[i] {
				break
			}
		}
	}
	return nil
}

// heldOn reports whether the holding was held on day d, by what Status
// knows of it.
func (s *HoldingStatus) heldOn(d date.Date) bool {
	return s.State != StateNotEnrolled && !d.Before(s.Holding.Enrolled) && (s.end().IsZero() || d.Before(s.end()))
}

// enrollment is the holding's enrollment in Item, as Status judged it.
func (s *HoldingStatus) enrollment() renewal.Enrollment {
	if s.HasDecision() {
		return s.Decision.Enrollment
	}
	return renewal.Enrollment{Item: s.Item, Enrolled: s.Holding.Enrolled, Renewed: s.Holding.Renewed}
}

// allocate passes every holding enrolled by the as-of day to
// benefits.Allocate and files each grant with its holding.
func (st *Status) allocate(p Partner) error {
	var hs []benefits.Holding
	var owner []int // owner[k]: the index in st.Holdings of hs[k]
	var mine []bool // mine[k]: hs[k] is its owner's latest period, whose grant is reported
	for i, s := range st.Holdings {
		if s.State == StateNotEnrolled {
			continue
		}
		bs := s.benefitHoldings()
		for k, b := range bs {
			hs = append(hs, b)
			owner = append(owner, i)
			mine = append(mine, k == len(bs)-1)
		}
	}
	partner := benefits.Partner{Designations: p.Designations, BenefitsPurchased: p.BenefitsPurchased,
		DesignationAnniversary: st.YearFrom, MembershipEnds: p.MembershipEnds}
	a, err := benefits.Allocate(partner, hs, st.Caps, st.AsOf)
	if err != nil {
		var he *benefits.HoldingError
		if errors.As(err, &he) {
			return st.benefitsError(hs, owner, he)
		}
		return &contextError{"benefits", err}
	}
	st.Allocation = a
	for k, g := range a.Grants() {
		if mine[k] {
			st.Holdings[owner[k]].Grant = g
		}
	}
	return nil
}

// benefitsError is he, refused by benefits.Allocate, as a *HoldingError of
// the partner's holding behind it. He.Index is a position in the list
// allocate built, which the caller never sees, so it is left out; an
// overlap names the other partner holding instead.
func (st *Status) benefitsError(hs []benefits.Holding, owner []int, he *benefits.HoldingError) error {
	i, err := owner[he.Index], he.Err
	if errors.Is(err, benefits.ErrOverlap) {
		h := hs[he.Index]
		for k, o := range hs {
			if k != he.Index && o.Item.ID() == h.Item.ID() && before(h.Earned, o.Lapsed) && before(o.Earned, h.Lapsed) {
				err = fmt.Errorf("held from %v, holding %d from %v: %w", h.Earned, owner[k], o.Earned, benefits.ErrOverlap)
				break
			}
		}
	}
	return &HoldingError{Index: i, ID: st.Holdings[i].Holding.ID, Err: err}
}

// before reports whether d is before end, a zero end being open.
func before(d, end date.Date) bool { return end.IsZero() || d.Before(end) }

// benefitHoldings returns the periods in which s held an entry: one, or
// two once carried over (the old entry until its retirement day, then the
// replacement from that day, or from its introduction when that is later:
// it cannot be earned before).
func (s HoldingStatus) benefitHoldings() []benefits.Holding {
	end := s.end()
	if s.Entry.ID() == s.Item.ID() {
		return []benefits.Holding{{Item: s.Entry, Earned: s.Holding.Enrolled, Lapsed: end}}
	}
	r := retiredOn(s.Entry)
	first := benefits.Holding{Item: s.Entry, Earned: s.Holding.Enrolled, Lapsed: r}
	from := r
	if in, ok := s.Item.Introduced(); ok && in.After(from) {
		from = in
	}
	if !end.IsZero() && !end.After(from) {
		return []benefits.Holding{first}
	}
	return []benefits.Holding{first, {Item: s.Item, Earned: from, Lapsed: end}}
}

// end is the first day no longer held, the earlier of HeldUntil and Ended.
func (s HoldingStatus) end() date.Date {
	e := s.HeldUntil
	if !s.Holding.Ended.IsZero() && (e.IsZero() || s.Holding.Ended.Before(e)) {
		e = s.Holding.Ended
	}
	return e
}
