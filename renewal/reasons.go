package renewal

import (
	"fmt"
	"strconv"
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
// which cycle is under review and why (INT-10, INT-2, INT-4), what it needs
// (REN-3 or REN-4), its window (REN-5, INT-3), the phase (INT-5), what the
// enrollment keeps meanwhile (POST-1, POST-2), what counts as evidence and
// when the renewal happened (INT-6, INT-10), and what renewal keeps
// (REN-7). A Decision records the verdict, not the evidence, so the
// evidence rules are stated with the dates that bound it rather than the
// dates the caller gave. The zero Decision has no reasons (nil).
func (d Decision) Reasons() []Reason {
	if d.Cycle.Anniversary < 1 || d.Cycle.Date.IsZero() {
		return nil
	}
	var rs []Reason
	add := func(clause, format string, args ...any) {
		rs = append(rs, Reason{Clause: clause, Text: fmt.Sprintf(format, args...)})
	}
	d.cycleReasons(add)
	d.needReasons(add)
	d.phaseReasons(add)
	d.evidenceReasons(add)
	return rs
}

type addFunc func(clause, format string, args ...any)

// cycleReasons says which cycle is under review (INT-10, INT-2, INT-4).
func (d Decision) cycleReasons(add addFunc) {
	c, e := d.Cycle, d.Enrollment
	add("INT-10", "the cycle under review is anniversary %d, on %s (enrolled %s; anniversaries survived: %d)",
		c.Anniversary, c.Date, e.Enrolled, e.Renewed)
	if e.Enrolled.Month() == time.February && e.Enrolled.Day() == 29 {
		add("INT-2", "enrolled on 29 February (%s): every anniversary is computed from that date, and this one falls on %s",
			e.Enrolled, c.Date)
	}
	switch first, last := e.Renewed+1, c.Anniversary-1; {
	case first == last:
		add("INT-4", "anniversary %d (in %d) came before reviews started: not reviewed, the enrollment carried on through it",
			first, e.Enrolled.Year()+first)
	case first < last:
		add("INT-4", "anniversaries %d to %d (%d to %d) came before reviews started: not reviewed, the enrollment carried on through them",
			first, last, e.Enrolled.Year()+first, e.Enrolled.Year()+last)
	}
	if c.Year > 0 {
		add("INT-4", "anniversary %d on %s is the %s renewal year, counted among the anniversaries since reviews started",
			c.Anniversary, c.Date, ordinal(c.Year))
	}
}

// needReasons says what the cycle needs (REN-3, REN-4) and its window
// (REN-5, INT-3).
func (d Decision) needReasons(add addFunc) {
	c := d.Cycle
	window := fmt.Sprintf("window %s to %s", c.Opens, c.ValidTo)
	switch {
	case c.Year%2 == 1:
		add("REN-3", "the %s renewal year needs the qualification requirements only; %s", ordinal(c.Year), window)
	case c.Manual:
		add("REN-4", "the %s renewal year needs %s besides the qualification requirements; %s",
			ordinal(c.Year), manualName(d.Enrollment.Validation), window)
	case c.Year > 0 && d.Enrollment.Validation == specialization.ValidationNone:
		add("REN-4", "the %s renewal year needs no manual validation, which this specialization does not have (Business Applications): the qualification requirements only; %s",
			ordinal(c.Year), window)
	case c.Year > 0:
		add("REN-4", "the %s renewal year, on %s, comes before manual validation started: the qualification requirements only; %s",
			ordinal(c.Year), c.Date, window)
	}
	add("REN-5", "the window opens on %s, closes on the anniversary %s and is followed by a grace period through %s",
		c.Opens, c.Date, c.ValidTo)
	add("INT-3", "day counts are exact and both ends inclusive: %s is %d days before the anniversary, %s is %d days after it",
		c.Opens, c.Date.DaysSince(c.Opens), c.ValidTo, c.ValidTo.DaysSince(c.Date))
}

// phaseReasons says where the enrollment stands (INT-5, POST-1, POST-2).
func (d Decision) phaseReasons(add addFunc) {
	c := d.Cycle
	switch {
	case d.Phase == PhaseActive && d.Outcome == OutcomeNotDue:
		add("INT-5", "on %s the enrollment is active: the window opens on %s", d.AsOf, c.Opens)
	case d.Phase == PhaseWindowOpen:
		add("INT-5", "on %s the renewal window is open (%s to %s)", d.AsOf, c.Opens, c.Date)
	case d.Phase == PhaseGrace:
		add("INT-5", "on %s the enrollment is in its grace period (%s to %s)", d.AsOf, c.Date.AddDays(1), c.ValidTo)
	case d.Phase == PhaseActive:
		add("INT-5", "on %s the enrollment is active: it was renewed before %s passed", d.AsOf, c.ValidTo)
	case d.Phase == PhaseLapsed:
		add("INT-5", "on %s the enrollment has lapsed: %s passed without a renewal, and earning it again is a new enrollment",
			d.AsOf, c.ValidTo)
	}
	if d.Outcome == OutcomeNotDue || d.Outcome == OutcomePending {
		add("POST-1", "the enrollment stands until %s even if requirements stop being met before then", c.ValidTo)
		add("POST-2", "to stay enrolled past %s the partner must meet %s from %s on", c.ValidTo, englishList(d.Required()), c.Opens)
	}
}

// evidenceReasons says what counted and when the renewal happened (INT-6,
// INT-10, REN-7).
func (d Decision) evidenceReasons(add addFunc) {
	c := d.Cycle
	if d.Outcome == OutcomeNotDue {
		add("INT-10", "before the window opens every requirement of the cycle is still missing: %s", englishList(d.Missing))
		add("INT-6", "a requirement already met before the window opens counts from the opening day, %s", c.Opens)
		return
	}
	if d.Outcome == OutcomeRenewed {
		d.renewedReasons(add)
		return
	}
	for r := range d.Missing.All() {
		if r == RequirementQualification {
			add("INT-6", "the qualification requirements count when met on or before %s; none counted as of %s",
				c.ValidTo, d.AsOf)
			continue
		}
		add("INT-6", "%s counts only if completed after the previous anniversary %s and on or before %s (an older one is stale); none counted as of %s",
			manualName(d.Enrollment.Validation), d.previousAnniversary(), c.ValidTo, d.AsOf)
	}
	if d.AsOf.Before(c.ValidTo) {
		add("INT-10", "evidence dated after %s has not happened yet as of that day and does not count", d.AsOf)
	}
}

func (d Decision) renewedReasons(add addFunc) {
	c := d.Cycle
	if d.RenewedOn == c.Opens {
		add("INT-6", "renewed on %s, the opening day: requirements met earlier count from that day", d.RenewedOn)
	} else {
		add("INT-6", "renewed on %s, the latest of the opening day %s and the days %s were met",
			d.RenewedOn, c.Opens, englishList(d.Required()))
	}
	add("REN-7", "the renewal keeps the anniversary: the next one is anniversary %d, in %d, whatever day of the window the renewal happened",
		c.Anniversary+1, c.Date.Year()+1)
}

// previousAnniversary names the anniversary before the cycle's. It is
// the same calendar day a year earlier, except for a 29 February
// enrollment in a common year, whose day depends on the policy's LeapDay
// rule that a Decision does not record: then the year alone is named.
func (d Decision) previousAnniversary() string {
	c, e := d.Cycle, d.Enrollment
	if c.Anniversary == 1 {
		return e.Enrolled.String() + " (the enrollment date)"
	}
	y := c.Date.Year() - 1
	if !(e.Enrolled.Month() == time.February && e.Enrolled.Day() == 29) || date.IsLeapYear(y) {
		if p, err := date.New(y, e.Enrolled.Month(), e.Enrolled.Day()); err == nil {
			return p.String()
		}
	}
	if c.Date.Month() == time.February && c.Date.Day() == 28 {
		if p, err := date.New(y, time.February, 28); err == nil {
			return p.String()
		}
	}
	if c.Date.Month() == time.March && c.Date.Day() == 1 {
		if p, err := date.New(y, time.March, 1); err == nil {
			return p.String()
		}
	}
	return "in " + strconv.Itoa(y)
}

// manualName is the English name of the manual validation, with an
// article.
func manualName(v specialization.Validation) string {
	switch v {
	case specialization.ValidationAudit:
		return "an audit"
	case specialization.ValidationCustomerReference:
		return "a customer reference"
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
