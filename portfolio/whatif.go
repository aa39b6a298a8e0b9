package portfolio

import (
	"errors"
	"fmt"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// Prospect answers "what if the partner earned this entry on that day".
type Prospect struct {
	Item specialization.Specialization `json:"item"` // the entry, with its terms on On
	On   date.Date                     `json:"on"`   // the day it would be earned
	// Grant says whether it would bring a benefit on that day, in the
	// designation year that contains On (RULES INT-8, INT-9, EDN-7).
	Grant benefits.Grant `json:"grant"`
	// FirstRenewal is its first reviewed renewal cycle; zero for an expert
	// program, which this process does not renew (REN-1).
	FirstRenewal renewal.Cycle `json:"firstRenewal"`
	// Needs is what that cycle requires: the qualification requirements,
	// and an audit or customer references in a manual year (REN-3, REN-4,
	// EDN-4).
	Needs renewal.Requirements `json:"needs"`
}

// WhatIf tells whether earning entry id on day on (today or later) would
// bring a benefit, and what its first renewal would need. The partner's
// holdings are judged as of on with the evidence they have now, so a cycle
// that comes due before on without evidence counts as lapsed, and the
// allocation is that of the designation year containing on: when a
// designation anniversary falls between today and on, slots held now may
// be free again by then (RULES INT-8).
//
// Errors: an unknown id (ErrUnknownEntry), an entry not offered on on
// (wrapping specialization.ErrNotOffered, EDN-3), and every error of Status.
func (pl Planner) WhatIf(p Partner, id specialization.ID, on date.Date) (Prospect, error) {
	s, ok := pl.Catalog.Get(id)
	if !ok {
		return Prospect{}, fmt.Errorf("portfolio: what if %s: %w", id, ErrUnknownEntry)
	}
	if err := s.CheckOffered(on); err != nil {
		return Prospect{}, &contextError{"what if", err}
	}
	pr := Prospect{Item: s.On(on), On: on}
	if s.Kind() == specialization.KindSpecialization {
		e, err := renewal.Enroll(s, on)
		if err != nil {
			return Prospect{}, &contextError{"what if", err}
		}
		for c := range pl.Policy.Cycles(e) {
			if c.Reviewed() {
				pr.FirstRenewal, pr.Needs = c, e.Needs(c)
				break
			}
		}
	}
	st, err := pl.Status(p, on)
	if err != nil || p.FirstDesignated.IsZero() {
		return pr, err
	}
	if pr.Grant, err = st.Allocation.WhatIf(benefits.Holding{Item: s, Earned: on}); err != nil {
		return Prospect{}, st.whatIfError(id, on, err)
	}
	return pr, nil
}

// whatIfError is err, from benefits.Allocation.WhatIf, as this package
// words it: an overlap names the partner's holding of the entry by its
// position in Partner.Holdings, not by benefits' position in the list
// Status built.
func (st *Status) whatIfError(id specialization.ID, on date.Date, err error) error {
	if errors.Is(err, benefits.ErrOverlap) {
		for i := range st.Holdings {
			if h := &st.Holdings[i]; h.Item.ID() == id && h.heldOn(on) {
				return fmt.Errorf("portfolio: what if %s on %v: held by holding %d: %w", id, on, i, benefits.ErrOverlap)
			}
		}
	}
	return &contextError{"what if", err}
}
