package renewal

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Reason is one rule a Decision applied: the RULES clause ID and an English
// sentence with the concrete dates it used.
type Reason struct {
	Clause string // RULES clause ID, e.g. "REN-4", "INT-6"
	Text   string // English sentence with the concrete dates
}

// String returns "CLAUSE: text".
func (r Reason) String() string { return r.Clause + ": " + r.Text }

// Reasons returns every rule d applied, in the order they were applied:
// which cycle is under review and why (INT-10, INT-2, EDN-5, INT-4), what
// it needs (REN-3 or REN-4, EDN-4), its window (REN-5, INT-3), the phase
// (INT-5, EDN-3), what the enrollment keeps meanwhile (POST-1, POST-2),
// what counts as evidence and when the renewal happened (INT-6, INT-10),
// and what renewal keeps (REN-7). A Decision records the verdict, not the
// evidence, so the evidence rules are stated with the dates that bound it
// rather than the dates the caller gave. The zero Decision has no reasons
// (nil).
func (d Decision) Reasons() []Reason {
	if d.Cycle.Anniversary < 1 || d.Cycle.Date.IsZero() || d.Enrollment.Item.IsZero() {
		return nil
	}
	r := reasoner{d: &d, mar1: d.mar1()}
	r.cycle()
	r.need()
	r.phase()
	r.evidence()
	return r.rs
}

// reasoner collects the reasons of one Decision.
type reasoner struct {
	d    *Decision
	mar1 bool // the leap-day rule that made d.Cycle (see Decision.mar1)
	rs   []Reason
}

func (r *reasoner) add(clause, format string, args ...any) {
	r.rs = append(r.rs, Reason{Clause: clause, Text: fmt.Sprintf(format, args...)})
}

// mar1 tells which leap-day rule (RULES INT-2) made d.Cycle. A Decision
// does not record its policy, and only the anniversaries of a 29 February
// enrollment differ between the two rules: the cycle's own date tells
// which one it was.
func (d *Decision) mar1() bool {
	_, day := anniversaryOf(d.Enrollment.Item, d.Enrollment.Enrolled, d.Cycle.Anniversary, false)
	return day != d.Cycle.Date
}

// day returns the day of anniversary n of the decision's enrollment,
// shifts included; the enrollment date for n = 0.
func (r *reasoner) day(n int) date.Date {
	_, day := anniversaryOf(r.d.Enrollment.Item, r.d.Enrollment.Enrolled, n, r.mar1)
	return day
}

// cycle says which cycle is under review (INT-10, INT-2, EDN-5, INT-4).
func (r *reasoner) cycle() {
	c, e := r.d.Cycle, r.d.Enrollment
	r.add("INT-10", "the cycle under review is anniversary %d, on %s (enrolled %s; anniversaries survived: %d)",
		c.Anniversary, c.Date, e.Enrolled, e.Renewed)
	base, _ := anniversaryOf(e.Item, e.Enrolled, c.Anniversary, r.mar1)
	if _, m, dd := e.Enrolled.Date(); m == time.February && dd == 29 {
		r.add("INT-2", "enrolled on 29 February (%s): every anniversary is computed from that date, and this one falls on %s",
			e.Enrolled, base)
	}
	if base != c.Date {
		r.add("EDN-5", "anniversary %d falls on %s by INT-2 and moves to %s: %s; its window, grace period and reminders move with it",
			c.Anniversary, base, c.Date, shifts(&e, base))
	}
	switch first, last := e.Renewed+1, c.Anniversary-1; {
	case first == last:
		r.add("INT-4", "anniversary %d (%s) came before reviews started: not reviewed, the enrollment carried on through it",
			first, r.day(first))
	case first < last:
		r.add("INT-4", "anniversaries %d to %d (%s to %s) came before reviews started: not reviewed, the enrollment carried on through them",
			first, last, r.day(first), r.day(last))
	}
	if c.Year > 0 {
		r.add("INT-4", "anniversary %d on %s is the %s renewal year, counted among the anniversaries since reviews started",
			c.Anniversary, c.Date, ordinal(c.Year))
	}
}

// shifts names the changes that move anniversary base of e (EDN-5).
func shifts(e *Enrollment, base date.Date) string {
	var parts []string
	for ch := range e.Item.Changes() {
		if ch.ShiftMonths != 0 && e.Enrolled.Before(ch.On) && !base.Before(ch.On) {
			parts = append(parts, fmt.Sprintf("the change of %s moves the anniversaries on or after that day of enrollments made before it %d months later",
				ch.On, ch.ShiftMonths))
		}
	}
	return strings.Join(parts, ", and ")
}

// need says what the cycle needs (REN-3, REN-4, EDN-4) and its window
// (REN-5, INT-3).
func (r *reasoner) need() {
	c, e := r.d.Cycle, r.d.Enrollment
	v := e.Item.On(c.Date).Validation()
	window := fmt.Sprintf("window %s to %s", c.Opens, c.ValidTo)
	switch {
	case c.Year%2 == 1:
		r.add("REN-3", "the %s renewal year needs the qualification requirements only; %s", ordinal(c.Year), window)
	case c.Manual:
		r.add("REN-4", "the %s renewal year needs %s besides the qualification requirements; %s",
			ordinal(c.Year), manualName(v), window)
	case c.Year > 0 && v == specialization.ValidationNone:
		r.add("REN-4", "the %s renewal year needs no manual validation, which this specialization does not have on %s: the qualification requirements only; %s",
			ordinal(c.Year), c.Date, window)
	case c.Year > 0:
		r.add("REN-4", "the %s renewal year, on %s, comes before manual validation started: the qualification requirements only; %s",
			ordinal(c.Year), c.Date, window)
	}
	if was := e.Item.On(e.Enrolled).Validation(); c.Year > 0 && c.Year%2 == 0 && was != v {
		r.add("EDN-4", "the cycle follows the terms in force on its anniversary %s: its manual validation is %s since %s (%s when enrolled)",
			c.Date, manualName(v), validationSince(&e, c.Date), manualName(was))
	}
	r.add("REN-5", "the window opens on %s, closes on the anniversary %s and is followed by a grace period through %s",
		c.Opens, c.Date, c.ValidTo)
	r.add("INT-3", "day counts are exact and both ends inclusive: %s is %d days before the anniversary, %s is %d days after it",
		c.Opens, c.Date.DaysSince(c.Opens), c.ValidTo, c.ValidTo.DaysSince(c.Date))
}

// validationSince returns the day of the last change on or before day that
// set e's manual validation.
func validationSince(e *Enrollment, day date.Date) date.Date {
	var since date.Date
	for ch := range e.Item.Changes() {
		if ch.On.After(day) {
			break
		}
		if ch.Validation != 0 {
			since = ch.On
		}
	}
	return since
}

// phase says where the enrollment stands (INT-5, EDN-3, POST-1, POST-2).
func (r *reasoner) phase() {
	d, c := r.d, r.d.Cycle
	switch {
	case d.Phase == PhaseActive && d.Outcome == OutcomeNotDue:
		r.add("INT-5", "on %s the enrollment is active: the window opens on %s", d.AsOf, c.Opens)
	case d.Phase == PhaseWindowOpen:
		r.add("INT-5", "on %s the renewal window is open (%s to %s)", d.AsOf, c.Opens, c.Date)
	case d.Phase == PhaseGrace:
		r.add("INT-5", "on %s the enrollment is in its grace period (%s to %s)", d.AsOf, c.Date.AddDays(1), c.ValidTo)
	case d.Phase == PhaseActive:
		r.add("INT-5", "on %s the enrollment is active: it was renewed before %s passed", d.AsOf, c.ValidTo)
	case d.Phase == PhaseLapsed:
		r.add("INT-5", "on %s the enrollment has lapsed: %s passed without a renewal, and earning it again is a new enrollment",
			d.AsOf, c.ValidTo)
	}
	r.retirement()
	if d.Outcome == OutcomeNotDue || d.Outcome == OutcomePending {
		r.add("POST-1", "the enrollment stands until %s even if requirements stop being met before then", c.ValidTo)
		r.add("POST-2", "to stay enrolled past %s the partner must meet %s from %s on", c.ValidTo, englishList(d.Required()), c.Opens)
	}
}

// retirement says what the entry's retirement did (EDN-3, EDN-6), when it
// has retired by AsOf.
func (r *reasoner) retirement() {
	d, item := r.d, r.d.Enrollment.Item
	retired, ok := item.Retired()
	if !ok || d.AsOf.Before(retired) {
		return
	}
	if d.Outcome == OutcomeLapsed {
		r.add("EDN-3", "the entry retired on %s, after the cycle had lapsed: the enrollment stays lapsed", retired)
		return
	}
	text := fmt.Sprintf("the entry retired on %s: on %s the enrollment has ended, neither renewed nor lapsed, "+
		"its cycle judged as of %s", retired, d.AsOf, retired.AddDays(-1))
	switch to := item.ReplacedBy(); {
	case to != "" && item.CarriesOver():
		text += fmt.Sprintf("; its holders are carried over to %s with the same anniversary (EDN-6)", to)
	case to != "":
		text += fmt.Sprintf("; it was replaced by %s, and holders are not carried over", to)
	}
	r.add("EDN-3", "%s", text)
}

// evidence says what counted and when the renewal happened (INT-6, INT-10,
// REN-7).
func (r *reasoner) evidence() {
	d, c := r.d, r.d.Cycle
	switch d.Outcome {
	case OutcomeRetired:
		return
	case OutcomeNotDue:
		r.add("INT-10", "before the window opens every requirement of the cycle is still missing: %s", englishList(d.Missing))
		r.add("INT-6", "a requirement already met before the window opens counts from the opening day, %s", c.Opens)
		return
	case OutcomeRenewed:
		r.renewed()
		return
	}
	for req := range d.Missing.All() {
		if req == RequirementQualification {
			r.add("INT-6", "the qualification requirements count when met on or before %s; none counted as of %s",
				c.ValidTo, d.AsOf)
			continue
		}
		r.add("INT-6", "the manual validation, %s, counts only if completed after the previous anniversary %s and on or before %s (an older one is stale); none counted as of %s",
			manualName(d.Enrollment.Item.On(c.Date).Validation()), r.previous(), c.ValidTo, d.AsOf)
	}
	if d.AsOf.Before(c.ValidTo) {
		r.add("INT-10", "evidence dated after %s has not happened yet as of that day and does not count", d.AsOf)
	}
}

func (r *reasoner) renewed() {
	d, c := r.d, r.d.Cycle
	if d.RenewedOn == c.Opens {
		r.add("INT-6", "renewed on %s, the opening day: requirements met earlier count from that day", d.RenewedOn)
	} else {
		r.add("INT-6", "renewed on %s, the latest of the opening day %s and the days %s were met",
			d.RenewedOn, c.Opens, englishList(d.Required()))
	}
	r.add("REN-7", "the renewal keeps the anniversary: the next one is anniversary %d, on %s, whatever day of the window the renewal happened",
		c.Anniversary+1, r.day(c.Anniversary+1))
}

// previous names the anniversary before the cycle's (INT-6).
func (r *reasoner) previous() string {
	n := r.d.Cycle.Anniversary - 1
	if n == 0 {
		return r.d.Enrollment.Enrolled.String() + " (the enrollment date)"
	}
	return r.day(n).String()
}

// manualName is the English name of a manual validation, with an article
// where it takes one: "an audit", "approved customer references".
func manualName(v specialization.Validation) string {
	switch v {
	case specialization.ValidationAudit:
		return "an audit"
	case specialization.ValidationCustomerReference:
		return "approved customer references"
	}
	return "no manual validation"
}

// ordinal writes n as "1st", "2nd", "3rd", "4th", "11th", "21st".
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
