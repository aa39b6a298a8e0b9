package renewal

import (
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// lastYear is the last year a date.Date can name.
const lastYear = 9999

// anchor holds what every cycle of one enrollment under one policy is
// computed from, so that Evaluate and Cycles work out the enrollment's
// year once: the year, the day of the year and whether it is a leap year,
// with the policy's numbers copied beside them. Every anniversary is
// computed from these, never from the previous anniversary (RULES INT-2).
type anchor struct {
	year          int  // the enrollment's year
	doy           int  // the enrollment's day of the year: 0 for 1 January
	leap          bool // the enrollment's year is a leap year
	mar1          bool // Policy.LeapDay is LeapDayMar1
	manual        bool // the enrollment has a manual validation (REN-4)
	window, grace int
	manualFrom    date.Date
	firstYear1    int // ordinal of the anniversary that is renewal year 1 (INT-4)
}

// day1 is 0001-01-01, from which year starts are counted. It is a
// variable only because a Date cannot be a constant; nothing assigns to it.
// Building it with date.New on every call cost Evaluate a sixth of its time.
var day1 = date.MustParse("0001-01-01")

// feb29 is the 0-based day of the year of 29 February in a leap year,
// which is 1 March in a common year.
const feb29 = 31 + 28

// init fills a from a valid policy and enrollment. It fills in place, as
// cycle does, because Evaluate's budget has no room for copies of structs.
func (a *anchor) init(p *Policy, e *Enrollment) {
	a.year, a.doy = yearOf(e.Enrolled.DaysSince(day1))
	a.leap = date.IsLeapYear(a.year)
	a.mar1, a.manual = p.LeapDay == LeapDayMar1, e.Validation != specialization.ValidationNone
	a.window, a.grace, a.manualFrom = p.WindowOpens, p.Grace, p.ManualFrom
	a.firstYear1 = a.firstReviewed(e.Enrolled, p.ReviewsFrom)
}

// date returns anniversary n: the enrollment's month and day n years
// later, found as a day of that year. Before 29 February the day of the
// year is the same in every year; from there on it moves by one between
// leap and common years, and 29 February itself becomes 28 February or
// 1 March per the LeapDay rule.
func (a *anchor) date(n int) (date.Date, bool) {
	if n < 1 || n > lastYear-a.year {
		return date.Date{}, false
	}
	y := a.year + n
	doy := a.doy
	switch leap := date.IsLeapYear(y); {
	case doy < feb29 || leap == a.leap:
	case !a.leap: // 1 March or later, into a leap year
		doy++
	case doy > feb29: // 1 March or later, into a common year
		doy--
	case !a.mar1: // 29 February, into a common year: 28 February
		doy--
	}
	return day1.AddDays(daysBefore(y) + doy), true
}

// Converting a Date to its year is the costliest step of Evaluate:
// d.Year() and date.New(year, January, 1) together cost three times what
// the integer counts below do. So Evaluate counts the days since
// 0001-01-01 once, and works out years from that count by the Gregorian
// rule that date.IsLeapYear applies (every 4th year, except every 100th,
// except every 400th). The tests check both functions against the date
// package for every day from 0001-01-01 to 9999-12-31.

// daysBefore returns the number of days from 0001-01-01 to 1 January of
// year y (1..10000).
func daysBefore(y int) int {
	p := uint(y - 1)
	return int(365*p + p/4 - p/100 + p/400)
}

// yearOf returns the year of the day days after 0001-01-01 (0..3652058)
// and its 0-based day of the year. The mean Gregorian year, 146097 days
// in 400 years, estimates the year to within one either way; the start of
// the estimated year settles it.
func yearOf(days int) (year, doy int) {
	y := min(1+int(uint(days)*400/146097), lastYear)
	switch {
	case days < daysBefore(y):
		y--
	case y < lastYear && days >= daysBefore(y+1):
		y++
	}
	return y, days - daysBefore(y)
}

// firstReviewed returns the ordinal of the first anniversary on or after
// rf (RULES INT-4). Anniversary n falls in the enrollment's year plus n,
// so it is the anniversary in rf's year or the one after. Anniversary 1
// is at least 365 days after the enrollment, so an enrollment less than a
// year before rf needs no look at all.
func (a *anchor) firstReviewed(enrolled, rf date.Date) int {
	if rf.DaysSince(enrolled) <= 365 {
		return 1
	}
	ry, _ := yearOf(rf.DaysSince(day1))
	n := ry - a.year
	if d, ok := a.date(n); ok && d.Before(rf) {
		return n + 1
	}
	return n
}

// cycle sets *c to cycle n and reports whether it exists: false when it
// would end after 9999-12-31.
func (a *anchor) cycle(n int, c *Cycle) bool {
	d, ok := a.date(n)
	if !ok {
		return false
	}
	*c = Cycle{Anniversary: n, Date: d, Opens: d.AddDays(-a.window), ValidTo: d.AddDays(a.grace)}
	if c.ValidTo.IsZero() || c.Opens.IsZero() {
		return false
	}
	if n >= a.firstYear1 {
		c.Year = n - a.firstYear1 + 1
	}
	c.Manual = a.manual && c.Year > 0 && c.Year%2 == 0 && !d.Before(a.manualFrom)
	return true
}
