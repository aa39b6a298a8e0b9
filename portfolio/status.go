package portfolio

import (
	"fmt"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/enum"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// State says which case a holding is in on the as-of day.
type State uint8

const (
	// StateNotEnrolled: the holding's Enrolled day is after the as-of day.
	StateNotEnrolled State = iota + 1
	// StateRenewal: a renewal decision in force (Decision), not lapsed,
	// not retired and not behind.
	StateRenewal
	// StateBehind: the stored enrollment is behind (Decision.Behind): the
	// cycle under review is renewed and the next window has opened. Store
	// HoldingStatus.Next() and give the evidence of the next cycle.
	StateBehind
	// StateLapsed: the cycle under review lapsed (RULES INT-5); earning the
	// entry again is a new Holding.
	StateLapsed
	// StateExpertProgram: an expert program, held but not renewed by this
	// process (RULES REN-1).
	StateExpertProgram
	// StateRetired: the entry retired and its holders were not moved
	// (RULES EDN-3).
	StateRetired
	// StateCarriedOver: the entry retired and the holding continues in its
	// replacement, anniversary kept (RULES EDN-6); Decision is under the
	// replacement's terms.
	StateCarriedOver
	// StateMerged: the entry retired into a replacement the partner also
	// holds through another holding, which is kept (EDN-6); this one ended
	// on the retirement day.
	StateMerged
	// StateEnded: the holding's Ended day has come.
	StateEnded
)

// stateNames names the states; String gives the English name, the text
// forms are slugs.
var stateNames = enum.Table[State]{Type: "portfolio.State", Names: []enum.Name{
	StateNotEnrolled:   {English: "not enrolled", Slug: "not-enrolled"},
	StateRenewal:       {English: "renewal", Slug: "renewal"},
	StateBehind:        {English: "behind", Slug: "behind"},
	StateLapsed:        {English: "lapsed", Slug: "lapsed"},
	StateExpertProgram: {English: "expert program", Slug: "expert-program"},
	StateRetired:       {English: "retired", Slug: "retired"},
	StateCarriedOver:   {English: "carried over", Slug: "carried-over"},
	StateMerged:        {English: "merged", Slug: "merged"},
	StateEnded:         {English: "ended", Slug: "ended"},
}}

// String returns the state's English name, e.g. "carried over";
// "%!State(12)" for a value that is not a State.
func (s State) String() string { return stateNames.String(s) }

// Valid reports whether s is one of the State constants.
func (s State) Valid() bool { return stateNames.Valid(s) }

// MarshalText returns the state's slug, e.g. "carried-over"; the zero
// State gives empty text, an out-of-range value a
// *specialization.EnumError.
func (s State) MarshalText() ([]byte, error) { return stateNames.MarshalText(s) }

// UnmarshalText reads a slug or an English name in any case; empty text
// gives the zero State. Other text is a *specialization.EnumError
// wrapping specialization.ErrUnknownValue, and s is left unchanged.
func (s *State) UnmarshalText(b []byte) error { return stateNames.UnmarshalText(b, s) }

// HoldingStatus is where one holding stands on the as-of day.
type HoldingStatus struct {
	Index   int     `json:"index"`   // position in Partner.Holdings
	Holding Holding `json:"holding"` // as given
	// Entry is the holding's own entry (Holding.ID), with its terms on the
	// as-of day.
	Entry specialization.Specialization `json:"entry"`
	// Item is the entry the holding is judged under, with its terms on the
	// as-of day: Entry, or its replacement once carried over (RULES EDN-6).
	Item     specialization.Specialization `json:"item"`
	State    State                         `json:"state"`
	Decision renewal.Decision              `json:"decision"` // for StateRenewal, StateBehind, StateLapsed, StateRetired and StateCarriedOver
	// HeldUntil is the first day the holding is no longer held: the day
	// after a lapsed cycle's deadline, the retirement day, or Holding.Ended;
	// zero while held.
	HeldUntil date.Date `json:"heldUntil"`
	// Through is the last day the holding stands without anything more
	// being done (RULES POST-1, REN-7): the deadline of the cycle under
	// review, or once that cycle is renewed, the next cycle's deadline;
	// the day before the holding ends (HeldUntil, Holding.Ended, or a
	// retirement to come that moves nobody, EDN-3) when that comes first.
	// Zero without a renewal decision.
	Through date.Date `json:"through"`
	// Grant is the benefit decision for Item; its Holding.Item is zero for
	// holdings not passed to benefits (not yet enrolled, or ended before the
	// designation year).
	Grant benefits.Grant `json:"grant"`
}

// Next returns the Holding to store after this status, for the next run:
// once the cycle under review is renewed, Renewed counts it (and the
// unreviewed anniversaries before it, renewal.Decision.Next) and Evidence,
// which belonged to that cycle, is cleared for the next one; otherwise the
// holding as given. The ID stays the holding's own entry, also after a
// carry-over: Status moves it into the replacement again each time.
func (h HoldingStatus) Next() Holding {
	next := h.Holding
	if h.HasDecision() {
		if n := h.Decision.Next().Renewed; n != next.Renewed {
			next.Renewed, next.Evidence = n, renewal.Evidence{}
		}
	}
	return next
}

// HasDecision reports whether h.Decision holds a renewal decision.
func (h HoldingStatus) HasDecision() bool { return !h.Decision.AsOf.IsZero() }

// Status is one partner's standing on one day: every holding's state and
// decision, and the benefits of the designation year that contains the day.
type Status struct {
	AsOf     date.Date       `json:"asOf"`
	YearFrom date.Date       `json:"yearFrom"` // the designation anniversary on or before AsOf; zero without FirstDesignated
	YearTo   date.Date       `json:"yearTo"`   // the next designation anniversary
	Caps     benefits.Caps   `json:"caps"`
	Holdings []HoldingStatus `json:"holdings"` // in Partner.Holdings order
	// Allocation is the benefits allocation as of AsOf; the zero
	// Allocation when the partner has no FirstDesignated day. It has no
	// JSON form: each holding's Grant is its part of it.
	Allocation benefits.Allocation `json:"-"`
}

// Status judges every holding of p as of asOf and allocates the benefits of
// the designation year containing asOf.
//
// Per holding: not yet enrolled (Enrolled after asOf); ended (Ended on or
// before asOf); an expert program (held until its retirement day); else the
// renewal decision of renewal.Policy.Evaluate with the holding's evidence,
// read as renewal, behind, lapsed or retired. An entry that retired into a
// replacement with CarriesOver is judged as renewal.CarryOver into the
// replacement from the retirement day on (RULES EDN-6); when two holdings
// end up in one entry, renewal.Policy.KeepOne picks the one kept, and the
// other is merged, ended on its retirement day.
//
// Benefits: every holding enrolled by asOf is passed to benefits.Allocate
// with the day it stopped being held as its Lapsed day, so a lapsed or
// retired item keeps its slot until the next designation anniversary
// (RULES INT-8, EDN-3). A carried-over holding is passed as two: the old
// entry until its retirement day, and the replacement from that day (or
// from the replacement's introduction, if later: it cannot be earned before).
//
// The result does not depend on the order of p.Holdings. Errors are
// *HoldingError for a holding (an unknown ID, no Enrolled day, an Ended day
// not after it, an entry not offered on its Enrolled day
// (specialization.ErrNotOffered), renewal data for an expert program
// (renewal.ErrNotRenewable), a validation on a day the entry had none
// (ErrNoManualValidation), more renewals than windows opened
// (renewal.ErrRenewedAhead), one entry held twice at once
// (benefits.ErrOverlap, naming the other holding by its position in
// p.Holdings)), or wrap ErrNoAsOf or ErrNoDesignationDay.
func (pl Planner) Status(p Partner, asOf date.Date) (Status, error) {
	if asOf.IsZero() {
		return Status{}, fmt.Errorf("portfolio: status: %w", ErrNoAsOf)
	}
	st := Status{AsOf: asOf, Caps: pl.Caps, Holdings: make([]HoldingStatus, len(p.Holdings))}
	if st.Caps == nil {
		st.Caps = benefits.PublishedCaps(asOf)
	}
	for i, h := range p.Holdings {
		hs, err := pl.judge(i, h, asOf)
		if err != nil {
			return Status{}, err
		}
		st.Holdings[i] = hs
	}
	if err := pl.merge(st.Holdings); err != nil {
		return Status{}, err
	}
	if p.FirstDesignated.IsZero() {
		return st, nil
	}
	var err error
	if st.YearFrom, st.YearTo, err = designationYear(p.FirstDesignated, asOf); err != nil {
		return Status{}, err
	}
	if err := st.allocate(p); err != nil {
		return Status{}, err
	}
	return st, nil
}

// judge decides one holding's state as of asOf.
func (pl Planner) judge(i int, h Holding, asOf date.Date) (HoldingStatus, error) {
	s, err := pl.entry(i, h)
	if err != nil {
		return HoldingStatus{}, err
	}
	hs := HoldingStatus{Index: i, Holding: h, Entry: s.On(asOf), Item: s.On(asOf)}
	wrap := func(err error) error { return &HoldingError{Index: i, ID: h.ID, Err: err} }
	switch {
	case h.Enrolled.IsZero():
		return HoldingStatus{}, wrap(fmt.Errorf("no Enrolled day: %w", renewal.ErrInvalidEnrollment))
	case !h.Ended.IsZero() && !h.Ended.After(h.Enrolled):
		return HoldingStatus{}, wrap(fmt.Errorf("enrolled %v, ended %v: %w", h.Enrolled, h.Ended, ErrEndedBeforeEnrolled))
	}
	if err := s.CheckOffered(h.Enrolled); err != nil {
		return HoldingStatus{}, wrap(err)
	}
	if err := pl.checkEvidence(s, h); err != nil {
		return HoldingStatus{}, wrap(err)
	}
	switch {
	case asOf.Before(h.Enrolled):
		hs.State = StateNotEnrolled
		return hs, nil
	case !h.Ended.IsZero() && !asOf.Before(h.Ended):
		hs.State, hs.HeldUntil = StateEnded, h.Ended
		return hs, nil
	case s.Kind() == specialization.KindExpertProgram:
		hs.State = StateExpertProgram
		if r, ok := s.Retired(); ok && !asOf.Before(r) {
			hs.State, hs.HeldUntil = StateRetired, r
		}
		return hs, nil
	}
	e := renewal.Enrollment{Item: s, Enrolled: h.Enrolled, Renewed: h.Renewed}
	d, err := pl.Policy.Evaluate(e, h.Evidence, asOf)
	if err != nil {
		return HoldingStatus{}, wrap(err)
	}
	if d.Outcome == renewal.OutcomeRetired && s.CarriesOver() {
		return pl.carryOver(hs, e, asOf)
	}
	hs.read(d, pl.Policy)
	return hs, nil
}

// checkEvidence refuses renewal data this process cannot use: any for an
// expert program (RULES REN-1), and a validation dated on a day the entry
// then held had none (ENR-4; after a carry-over, the replacement's terms).
func (pl Planner) checkEvidence(s specialization.Specialization, h Holding) error {
	if s.Kind() == specialization.KindExpertProgram {
		if h.Renewed != 0 || h.Evidence != (renewal.Evidence{}) {
			given := fmt.Sprintf("renewed %d", h.Renewed)
			if h.Renewed == 0 {
				given = "evidence"
			}
			return fmt.Errorf("renewal data (%s) for a program with its own yearly audit (REN-1): %w",
				given, renewal.ErrNotRenewable)
		}
		return nil
	}
	v := h.Evidence.ValidatedOn
	if v.IsZero() {
		return nil
	}
	as := ""
	if r, ok := s.Retired(); ok && s.CarriesOver() && !v.Before(r) {
		if to, ok := pl.Catalog.Get(s.ReplacedBy()); ok {
			s, as = to, ", carried over into "+string(to.ID())
		}
	}
	if s.On(v).Validation() == specialization.ValidationNone {
		return fmt.Errorf("validated %v%s (ENR-4): %w", v, as, ErrNoManualValidation)
	}
	return nil
}

// carryOver judges e in its replacement (RULES EDN-6).
func (pl Planner) carryOver(hs HoldingStatus, e renewal.Enrollment, asOf date.Date) (HoldingStatus, error) {
	wrap := func(err error) error { return &HoldingError{Index: hs.Index, ID: hs.Holding.ID, Err: err} }
	to, ok := pl.Catalog.Get(e.Item.ReplacedBy())
	if !ok {
		return HoldingStatus{}, wrap(fmt.Errorf("replacement %s: %w", e.Item.ReplacedBy(), ErrUnknownEntry))
	}
	moved, err := renewal.CarryOver(e, to)
	if err != nil {
		return HoldingStatus{}, wrap(err)
	}
	d, err := pl.Policy.Evaluate(moved, hs.Holding.Evidence, asOf)
	if err != nil {
		return HoldingStatus{}, wrap(err)
	}
	hs.Item = to.On(asOf)
	hs.read(d, pl.Policy)
	if hs.State == StateRenewal {
		hs.State = StateCarriedOver
	}
	return hs, nil
}

// read sets the state and the end of holding from a renewal decision.
func (hs *HoldingStatus) read(d renewal.Decision, p renewal.Policy) {
	hs.Decision, hs.State, hs.Through = d, StateRenewal, d.Deadline()
	if d.Outcome == renewal.OutcomeRenewed {
		if next, err := p.Cycle(d.Enrollment, d.Cycle.Anniversary+1); err == nil {
			hs.Through = next.ValidTo
		}
	}
	switch {
	case d.Outcome == renewal.OutcomeLapsed:
		hs.State, hs.HeldUntil = StateLapsed, d.Cycle.ValidTo.AddDays(1)
	case d.Outcome == renewal.OutcomeRetired:
		hs.State, hs.HeldUntil = StateRetired, retiredOn(d.Enrollment.Item)
	case d.Behind:
		hs.State = StateBehind
	}
	end := hs.end()
	if r, ok := d.Enrollment.Item.Retired(); ok && !d.Enrollment.Item.CarriesOver() && (end.IsZero() || r.Before(end)) {
		end = r // a retirement to come ends it too (EDN-3)
	}
	if !end.IsZero() && !hs.Through.Before(end) {
		hs.Through = end.AddDays(-1)
	}
}

func retiredOn(s specialization.Specialization) date.Date {
	r, _ := s.Retired()
	return r
}
