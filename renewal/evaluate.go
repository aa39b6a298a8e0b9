package renewal

import (
	"fmt"
	"strconv"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Evidence is what the partner achieved for the cycle under review. Zero
// dates mean "not yet". Evaluate decides what counts (RULES INT-6, INT-10):
// nothing dated after the as-of date or after the cycle's valid-to date,
// and a validation only when it is newer than the previous anniversary.
type Evidence struct {
	// QualifiedOn is the first day all qualification requirements held
	// (and still hold). A day before the window opens counts from the
	// opening day.
	QualifiedOn date.Date `json:"qualifiedOn"`
	// ValidatedOn is the day the audit passed or the customer references
	// were approved. It matters only for a cycle that needs the manual
	// validation, and counts only when after the previous anniversary.
	ValidatedOn date.Date `json:"validatedOn"`
}

// Decision is the verdict of Evaluate on one enrollment as of one day: the
// cycle under review, the phase the enrollment is in, the outcome of that
// cycle and what it still lacks. It holds only comparable fields, so == and
// go-cmp compare Decisions directly. It encodes to JSON with its
// Enrollment's entry as its ID (see Enrollment), and for that reason does
// not decode.
type Decision struct {
	Enrollment Enrollment   `json:"enrollment"`
	AsOf       date.Date    `json:"asOf"`
	Cycle      Cycle        `json:"cycle"`     // the cycle under review (RULES INT-10)
	Phase      Phase        `json:"phase"`     // RULES INT-5, EDN-3
	Outcome    Outcome      `json:"outcome"`   // RULES INT-10, EDN-3
	RenewedOn  date.Date    `json:"renewedOn"` // the renewal date (RULES INT-6); set only when Outcome is OutcomeRenewed
	Missing    Requirements `json:"missing"`   // requirements of the cycle not satisfied as of AsOf; empty when renewed or retired
	// Behind reports that the stored enrollment is behind: the cycle under
	// review was renewed, and AsOf (for a retired entry, the day before its
	// retirement) has reached the window of the next cycle, which this
	// decision does not judge. Store Next and evaluate again with the next
	// cycle's evidence, or let Advance walk the cycles.
	Behind bool `json:"behind"`
}

// Evaluate decides where enrollment e stands on the day asOf, given the
// evidence for its cycle under review (RULES INT-5, INT-6, INT-10, EDN-3).
//
// The cycle under review is anniversary e.Renewed+1, or the first reviewed
// anniversary if that one is not reviewed (RULES INT-4: enrolled 2021-03-15
// with Renewed 0, it is anniversary 2, 2023-03-15), with its dates as
// Cycle computes them (anniversary shifts included, EDN-5). With W =
// WindowOpens and G = Grace, as of asOf:
//
//   - before Opens (anniversary - W days): PhaseActive, OutcomeNotDue, and
//     every requirement of the cycle missing, whatever the evidence: a
//     requirement met early counts only from the opening day;
//   - Opens through the anniversary: PhaseWindowOpen; the G days after it,
//     through ValidTo: PhaseGrace; in both, OutcomeRenewed once every
//     requirement counts, else OutcomePending;
//   - after ValidTo: PhaseActive and OutcomeRenewed if every requirement
//     counted by ValidTo, else PhaseLapsed and OutcomeLapsed;
//   - from the entry's Retired day on (EDN-3): PhaseRetired and
//     OutcomeRetired, with nothing missing, unless the cycle, judged as of
//     the day before the retirement day, had already lapsed; then it stays
//     lapsed.
//
// The requirements are those of the terms in force on the cycle's
// anniversary (EDN-4): the qualification requirements, and in a cycle with
// Manual set the entry's manual validation of that day, an audit or
// approved customer references. A Security enrollment's 2nd renewal year
// needs customer references on an anniversary before 2026-07-30 and an
// audit on one after it.
//
// A requirement counts when its evidence is dated on or before both asOf
// and ValidTo (evidence dated after asOf has not happened yet). The manual
// validation's evidence must also be dated after the previous anniversary:
// an audit from the last manual year is stale. The renewal date is the
// latest of Opens, QualifiedOn and (when required) ValidatedOn. Example,
// enrolled 2025-01-01 in an Azure specialization, Renewed 1: the cycle is
// 2027-01-01, year 2, window 2026-11-02 to 2027-01-31, needing the
// qualification requirements and an audit after 2026-01-01.
//
// Evaluate looks at that one cycle, with the evidence given for it. When
// that cycle is renewed and asOf has reached the next cycle's window, the
// stored enrollment is behind: the Decision says so (Behind), and its
// Reasons and Explain say what to store (Next) before evaluating the next
// cycle with its own evidence; Advance does that walk. A Renewed count
// greater than the number of windows opened by asOf is an error. Evaluate
// does not check that the entry is offered on
// e.Enrolled (Enroll does; CarryOver moves enrollments into entries
// introduced after them). Evaluate reads no state and keeps none, so a
// caller checking every enrollment every night calls it once per
// enrollment.
//
// Errors: an invalid policy (ErrInvalidPolicy, exactly as Policy.Validate
// reports it), an invalid enrollment (ErrInvalidEnrollment, exactly as
// Enrollment.Validate: a zero Item or Enrolled date, or a negative Renewed
// count), an expert program (ErrNotRenewable), a zero asOf (ErrNoAsOf),
// asOf before e.Enrolled (ErrBeforeEnrollment), e.Renewed above the number
// of windows opened by asOf (ErrRenewedAhead: Renewed 2 on an enrollment
// of 2025-01-01 before 2026-11-02), and a cycle under review that would
// end after 9999-12-31 (ErrNoSuchAnniversary).
// Evaluate does not allocate unless it returns an error.
func (p Policy) Evaluate(e Enrollment, ev Evidence, asOf date.Date) (d Decision, err error) {
	// A thin wrapper the compiler can inline, so that the Decision is
	// built in the caller's variable rather than copied out of a frame.
	if err = p.evaluate(&e, ev, asOf, &d); err != nil {
		d = Decision{}
	}
	return d, err
}

// evaluate is Evaluate, filling *d in place. The approach: check the
// inputs as Policy.Validate and Enrollment.Validate do; compute the cycle
// under review, which costs one anniversary (two date conversions, two
// more when the entry shifts it); refuse a Renewed count ahead of the
// windows opened; judge the evidence as of asOf, or as of the day before
// the entry's retirement; say whether the stored enrollment is behind;
// apply the retirement. The neighbouring anniversaries (previous, next,
// the Renewed-th) are computed only when minGap cannot settle the
// question from the cycle's own dates.
func (p *Policy) evaluate(e *Enrollment, ev Evidence, asOf date.Date, d *Decision) error {
	if err := p.validate(); err != nil {
		return err
	}
	if err := e.validate(); err != nil {
		return err
	}
	switch {
	case asOf.IsZero():
		return e.invalid("asOf", "", ErrNoAsOf)
	case asOf.Before(e.Enrolled):
		return e.invalid("asOf", asOf.String()+", enrolled "+e.Enrolled.String(), ErrBeforeEnrollment)
	case e.Renewed >= maxAnniversary:
		return noSuchAnniversary(e, e.Renewed+1)
	}
	var s schedule
	s.init(p, e)
	c := &d.Cycle
	n := max(e.Renewed+1, s.year1)
	manual, ok := s.cycle(n, c)
	if !ok {
		return noSuchAnniversary(e, n)
	}
	// Anniversary Renewed is at least minGap days before the cycle's: only
	// an as-of day before its window can be too early for it.
	if e.Renewed >= 1 && asOf.Before(c.Date.AddDays(-minGap-s.window)) {
		if err := s.checkRenewed(e, asOf); err != nil {
			return err
		}
	}
	d.Enrollment, d.AsOf = *e, asOf
	// From the retirement day on, the cycle is judged as of the day
	// before it (EDN-3).
	on := asOf
	if retired, ok := e.Item.Retired(); ok && !asOf.Before(retired) {
		on = retired.AddDays(-1)
	}
	// Only a manual cycle's validation needs the previous anniversary,
	// and only when it is dated early enough to be before it (minGap).
	var prev date.Date
	if c.Manual && !ev.ValidatedOn.IsZero() && ev.ValidatedOn.Before(c.Date.AddDays(-minGap)) {
		prev = s.day(n - 1)
	}
	d.judge(required(manual), ev, prev, on)
	// The next window opens at least minGap-WindowOpens days after this
	// anniversary: only then is it worth computing.
	if d.Outcome == OutcomeRenewed && !on.Before(c.Date.AddDays(minGap-s.window)) {
		next := s.day(n + 1)
		d.Behind = !next.IsZero() && !next.AddDays(s.grace).IsZero() && !on.Before(next.AddDays(-s.window))
	}
	if on != asOf && d.Outcome != OutcomeLapsed {
		d.Phase, d.Outcome, d.RenewedOn, d.Missing = PhaseRetired, OutcomeRetired, date.Date{}, 0
	}
	return nil
}

// checkRenewed returns an error wrapping ErrRenewedAhead when e.Renewed is
// more than the number of renewal windows opened by asOf (INT-10).
func (s *schedule) checkRenewed(e *Enrollment, asOf date.Date) error {
	opened := e.Renewed
	for opened >= 1 && asOf.Before(s.day(opened).AddDays(-s.window)) {
		opened--
	}
	if opened == e.Renewed {
		return nil
	}
	return e.invalid("Renewed", fmt.Sprintf("renewed %s by %s, after %s", count(e.Renewed, "time"), asOf,
		count(opened, "renewal window")), ErrRenewedAhead)
}

// count writes n things: "1 time", "3 times".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return strconv.Itoa(n) + " " + thing + "s"
}

// required returns the requirements of a cycle that needs the manual
// validation v (ValidationNone when the cycle needs none).
func required(v specialization.Validation) Requirements {
	switch v {
	case specialization.ValidationAudit:
		return qualification | audit
	case specialization.ValidationCustomerReference:
		return qualification | customerReference
	}
	return qualification
}

// manualOf returns the manual validation cycle c of e needs: the one of
// the terms in force on c.Date (EDN-4) when c.Manual, else ValidationNone.
func manualOf(c *Cycle, e *Enrollment) specialization.Validation {
	if !c.Manual {
		return specialization.ValidationNone
	}
	return e.Item.On(c.Date).Validation()
}

// judge sets Phase, Outcome, RenewedOn and Missing from the evidence as of
// the day on, for a cycle that needs need; prev is the anniversary before
// the cycle's, or the zero Date when the validation is known to be after
// it (anniversary 1 is never manual: renewal year 2 is at least
// anniversary 2).
func (d *Decision) judge(need Requirements, ev Evidence, prev, on date.Date) {
	c := &d.Cycle
	if on.Before(c.Opens) {
		d.Phase, d.Outcome, d.Missing = PhaseActive, OutcomeNotDue, need
		return
	}
	cutoff := earlier(on, c.ValidTo)
	renewedOn := c.Opens
	missing := need
	if counts(ev.QualifiedOn, date.Date{}, cutoff) {
		missing &^= qualification
		renewedOn = later(renewedOn, ev.QualifiedOn)
	}
	if manual := need &^ qualification; !manual.IsEmpty() &&
		counts(ev.ValidatedOn, prev, cutoff) {
		missing &^= manual
		renewedOn = later(renewedOn, ev.ValidatedOn)
	}
	d.Missing = missing
	d.Phase, d.Outcome = phaseOutcome(c, on, missing.IsEmpty())
	if d.Outcome == OutcomeRenewed {
		d.RenewedOn = renewedOn
	}
}

// counts reports whether evidence dated t counts: present, after the day
// after (exclusive; the zero Date bounds nothing) and on or before cutoff.
func counts(t, after, cutoff date.Date) bool {
	return !t.IsZero() && t.After(after) && !t.After(cutoff)
}

// phaseOutcome applies INT-5 and INT-10 to a day on or after the cycle's
// opening day.
func phaseOutcome(c *Cycle, on date.Date, met bool) (Phase, Outcome) {
	switch {
	case on.After(c.ValidTo) && met:
		return PhaseActive, OutcomeRenewed
	case on.After(c.ValidTo):
		return PhaseLapsed, OutcomeLapsed
	}
	phase := PhaseWindowOpen
	if on.After(c.Date) {
		phase = PhaseGrace
	}
	if met {
		return phase, OutcomeRenewed
	}
	return phase, OutcomePending
}

// Deadline returns the last day the cycle under review can be renewed:
// its valid-to date, through which the enrollment stands (RULES POST-1).
func (d Decision) Deadline() date.Date { return d.Cycle.ValidTo }

// Required returns every requirement of the cycle under review, met or
// not: the qualification requirements, plus the audit or the customer
// references when the cycle needs the manual validation (under the terms
// in force on the cycle's anniversary, RULES EDN-4). It is
// d.Enrollment.Needs(d.Cycle).
func (d Decision) Required() Requirements { return d.Enrollment.Needs(d.Cycle) }

// Needs returns every requirement of cycle c of e, as Cycle or Cycles
// gives it: the qualification requirements, plus, when c.Manual, the
// manual validation of e's entry under the terms in force on c.Date (RULES
// REN-3, REN-4, EDN-4): Cloud Security's 2nd renewal year needs approved
// customer references on an anniversary before 2026-07-30 and an audit on
// one after it. The zero Cycle, or a zero Item, needs nothing.
func (e Enrollment) Needs(c Cycle) Requirements {
	if c.Anniversary < 1 || e.Item.IsZero() {
		return 0
	}
	return required(manualOf(&c, &e))
}

// Next returns the enrollment to store after d: once the cycle under review
// is renewed (OutcomeRenewed, or Behind on a retired entry: renewed before
// the retirement), Renewed becomes its anniversary ordinal (so unreviewed
// anniversaries before it count as survived, RULES INT-4, and the next
// anniversary stays on the same calendar day, RULES REN-7); otherwise the
// enrollment unchanged.
func (d Decision) Next() Enrollment {
	e := d.Enrollment
	if d.Outcome == OutcomeRenewed || d.Behind {
		e.Renewed = d.Cycle.Anniversary
	}
	return e
}

func earlier(a, b date.Date) date.Date {
	if a.Before(b) {
		return a
	}
	return b
}

func later(a, b date.Date) date.Date {
	if a.After(b) {
		return a
	}
	return b
}
