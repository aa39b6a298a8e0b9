package renewal

import (
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
	QualifiedOn date.Date
	// ValidatedOn is the day the audit passed or the customer references
	// were approved. It matters only for a cycle that needs the manual
	// validation, and counts only when after the previous anniversary.
	ValidatedOn date.Date
}

// Decision is the verdict of Evaluate on one enrollment as of one day: the
// cycle under review, the phase the enrollment is in, the outcome of that
// cycle and what it still lacks. It holds only comparable fields, so == and
// go-cmp compare Decisions directly.
type Decision struct {
	Enrollment Enrollment
	AsOf       date.Date
	Cycle      Cycle        // the cycle under review (RULES INT-10)
	Phase      Phase        // RULES INT-5
	Outcome    Outcome      // RULES INT-10
	RenewedOn  date.Date    // the renewal date (RULES INT-6); set only when Outcome is OutcomeRenewed
	Missing    Requirements // requirements of the cycle not satisfied as of AsOf; empty when renewed
}

// Evaluate decides where enrollment e stands on the day asOf, given the
// evidence for its cycle under review (RULES INT-5, INT-6, INT-10).
//
// The cycle under review is anniversary e.Renewed+1, or the first reviewed
// anniversary if that one is not reviewed (RULES INT-4: enrolled 2021-03-15
// with Renewed 0, it is anniversary 2, 2023-03-15). With W = WindowOpens
// and G = Grace, as of asOf:
//
//   - before Opens (anniversary - W days): PhaseActive, OutcomeNotDue, and
//     every requirement of the cycle missing, whatever the evidence: a
//     requirement met early counts only from the opening day;
//   - Opens through the anniversary: PhaseWindowOpen; the G days after it,
//     through ValidTo: PhaseGrace; in both, OutcomeRenewed once every
//     requirement counts, else OutcomePending;
//   - after ValidTo: PhaseActive and OutcomeRenewed if every requirement
//     counted by ValidTo, else PhaseLapsed and OutcomeLapsed.
//
// A requirement counts when its evidence is dated on or before both asOf
// and ValidTo (evidence dated after asOf has not happened yet). The manual
// validation is required only by a cycle with Manual set, and its evidence
// must also be dated after the previous anniversary: an audit from the
// last manual year is stale. The renewal date is the latest of Opens,
// QualifiedOn and (when required) ValidatedOn. Example, enrolled
// 2025-01-01 in an Azure specialization, Renewed 1: the cycle is
// 2027-01-01, year 2, window 2026-11-02 to 2027-01-31, needing the
// qualification requirements and an audit after 2026-01-01.
//
// Evaluate looks at that one cycle and trusts e.Renewed: evaluated long
// after a renewed cycle, it still reports that cycle, renewed and active,
// until the caller stores Decision.Next and evaluates the next cycle with
// its own evidence. Evaluate reads no state and keeps none, so a caller
// checking every enrollment every night calls it once per enrollment.
//
// Errors: an invalid policy (ErrInvalidPolicy), an invalid
// enrollment (ErrInvalidEnrollment: an empty ID, an invalid Kind or
// Validation, a zero Enrolled date or a negative Renewed count; the form of
// a non-empty ID is left to Enroll and Enrollment.Validate, since it does
// not change the decision), an expert program (ErrNotRenewable), a zero asOf
// (ErrNoAsOf), asOf before e.Enrolled (ErrBeforeEnrollment), and a cycle
// under review that would end after 9999-12-31 (ErrNoSuchAnniversary).
// Evaluate does not allocate unless it returns an error.
func (p Policy) Evaluate(e Enrollment, ev Evidence, asOf date.Date) (d Decision, err error) {
	// A thin wrapper the compiler can inline, so that the Decision is
	// built in the caller's variable rather than copied out of a frame.
	if err = p.evaluate(&e, ev, asOf, &d); err != nil {
		d = Decision{}
	}
	return d, err
}

// evaluate is Evaluate, filling *d in place: Evaluate's budget has no
// room for copies of structs.
func (p *Policy) evaluate(e *Enrollment, ev Evidence, asOf date.Date, d *Decision) error {
	if err := p.validate(); err != nil {
		return err
	}
	if err := e.validateTerms(); err != nil {
		return err
	}
	switch {
	case asOf.IsZero():
		return e.invalid("asOf", `""`, ErrNoAsOf)
	case asOf.Before(e.Enrolled):
		return e.invalid("asOf", asOf.String()+" (enrolled "+e.Enrolled.String()+")", ErrBeforeEnrollment)
	case e.Renewed >= lastYear:
		return noSuchAnniversary(e, e.Renewed+1)
	}
	var a anchor
	a.init(p, e)
	n := max(e.Renewed+1, a.firstYear1)
	if !a.cycle(n, &d.Cycle) {
		return noSuchAnniversary(e, n)
	}
	var prev date.Date // only a manual cycle's validation needs it
	if d.Cycle.Manual && !ev.ValidatedOn.IsZero() {
		prev, _ = a.date(n - 1)
	}
	d.Enrollment, d.AsOf = *e, asOf
	d.judge(ev, prev)
	return nil
}

// required returns the requirements of cycle c of an enrollment with
// manual validation v.
func required(c *Cycle, v specialization.Validation) Requirements {
	s := RequirementsOf(RequirementQualification)
	if c.Manual {
		switch v {
		case specialization.ValidationAudit:
			s = s.with(RequirementAudit)
		case specialization.ValidationCustomerReference:
			s = s.with(RequirementCustomerReference)
		}
	}
	return s
}

// judge sets Phase, Outcome, RenewedOn and Missing from the evidence; prev
// is the anniversary before the cycle's (zero for anniversary 1, which is
// never manual: renewal year 2 is at least anniversary 2).
func (d *Decision) judge(ev Evidence, prev date.Date) {
	c := &d.Cycle
	need := required(c, d.Enrollment.Validation)
	if d.AsOf.Before(c.Opens) {
		d.Phase, d.Outcome, d.Missing = PhaseActive, OutcomeNotDue, need
		return
	}
	cutoff := earlier(d.AsOf, c.ValidTo)
	on := c.Opens
	missing := need
	if counts(ev.QualifiedOn, date.Date{}, cutoff) {
		missing &^= RequirementsOf(RequirementQualification)
		on = later(on, ev.QualifiedOn)
	}
	if manual := need &^ RequirementsOf(RequirementQualification); !manual.IsEmpty() &&
		counts(ev.ValidatedOn, prev, cutoff) {
		missing &^= manual
		on = later(on, ev.ValidatedOn)
	}
	d.Missing = missing
	d.Phase, d.Outcome = phaseOutcome(c, d.AsOf, missing.IsEmpty())
	if d.Outcome == OutcomeRenewed {
		d.RenewedOn = on
	}
}

// counts reports whether evidence dated t counts: present, after the day
// after (exclusive; the zero Date bounds nothing) and on or before cutoff.
func counts(t, after, cutoff date.Date) bool {
	return !t.IsZero() && t.After(after) && !t.After(cutoff)
}

// phaseOutcome applies INT-5 and INT-10 to an as-of date on or after the
// cycle's opening day.
func phaseOutcome(c *Cycle, asOf date.Date, met bool) (Phase, Outcome) {
	switch {
	case asOf.After(c.ValidTo) && met:
		return PhaseActive, OutcomeRenewed
	case asOf.After(c.ValidTo):
		return PhaseLapsed, OutcomeLapsed
	}
	phase := PhaseWindowOpen
	if asOf.After(c.Date) {
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
// references when the cycle needs the manual validation.
func (d Decision) Required() Requirements {
	if d.Cycle.Anniversary == 0 {
		return 0
	}
	return required(&d.Cycle, d.Enrollment.Validation)
}

// Next returns the enrollment to store after d: once the cycle under review
// is renewed, Renewed becomes its anniversary ordinal (so unreviewed
// anniversaries before it count as survived, RULES INT-4, and the next
// anniversary stays on the same calendar day, RULES REN-7); otherwise the
// enrollment unchanged.
func (d Decision) Next() Enrollment {
	e := d.Enrollment
	if d.Outcome == OutcomeRenewed {
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
