package renewal

import (
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/anniversary"
	"github.com/partnerkit/specializations/specialization"
)

// maxAnniversary is the highest anniversary ordinal worth computing: a
// date.Date ends in year 9999, so no enrollment has more anniversaries.
// It also keeps 12*n, inside anniversary.Nth, far from overflowing.
const maxAnniversary = 9998

// minGap is the fewest days between two consecutive anniversaries of one
// enrollment, shifts included. Before shifts they are at least 365 days
// apart (INT-2: 28 February to 28 February, or 1 March to 29 February under
// LeapDayMar1). Shifts only grow from one anniversary to the next, and
// moving two days the same number of months keeps them apart less at most
// a day for each month-end clamp: 2027-03-01 and 2028-02-29 moved 6 months
// are 2027-09-01 and 2028-08-29, 363 days apart. Evaluate uses it to skip
// computing a neighbouring anniversary it can tell is far enough away;
// TestMinGap checks it for every enrollment day of 2020 to 2031 under
// every shift.
const minGap = 363

// anniversaryOf returns anniversary n of an enrollment in item made on
// enrolled as RULES INT-2 computes it
// (base, from internal/anniversary, the one implementation of that rule)
// and the day it falls on once the item's anniversary shifts are applied
// (day, RULES EDN-5): base moved Item.ShiftMonths months later, clamped to
// the month's end (2026-08-31 moved 6 months is 2027-02-28). Both are the
// zero Date when n is out of range or the day falls after 9999-12-31.
func anniversaryOf(item specialization.Specialization, enrolled date.Date, n int, mar1 bool) (base, day date.Date) {
	if n < 0 || n > maxAnniversary {
		return date.Date{}, date.Date{}
	}
	base = anniversary.Nth(enrolled, n, mar1)
	if base.IsZero() {
		return base, base
	}
	if k := item.ShiftMonths(enrolled, base); k != 0 {
		return base, base.AddMonths(k)
	}
	return base, base
}

// schedule holds what every cycle of one enrollment under one policy is
// computed from, so that Evaluate and Cycles find the first reviewed
// anniversary once. It is filled in place, as cycle fills a Cycle, because
// Evaluate's budget has no room for copies of structs. It copies what it
// needs of the enrollment rather than point to it, so that the
// enrollment a caller passes stays on the stack.
type schedule struct {
	item          specialization.Specialization
	enrolled      date.Date
	mar1          bool // Policy.LeapDay is LeapDayMar1
	window, grace int
	reviewsFrom   date.Date
	manualFrom    date.Date
	year1         int // ordinal of the anniversary that is renewal year 1 (INT-4)
}

// init fills s from a valid policy and enrollment.
func (s *schedule) init(p *Policy, e *Enrollment) {
	s.item, s.enrolled, s.mar1 = e.Item, e.Enrolled, p.LeapDay == LeapDayMar1
	s.window, s.grace = p.WindowOpens, p.Grace
	s.reviewsFrom, s.manualFrom = p.ReviewsFrom, p.ManualFrom
	s.year1 = s.firstReviewed()
}

// firstReviewed returns the ordinal of the first anniversary whose day,
// shifts included, is on or after ReviewsFrom (RULES INT-4). Anniversary
// 1 is at least 365 days after the enrollment, so an enrollment less than
// a year before ReviewsFrom needs no look at all. Otherwise the number of
// anniversaries before ReviewsFrom, before any shift, is estimated from
// the days between with the mean Gregorian year (146097 days in 400
// years), which is exact or one off; one anniversary, rarely two,
// settles it, because anniversaries are 365 or 366 days apart. That
// saves Evaluate converting both days to years. Shifts only move
// anniversaries later, so they matter only when one applies before
// ReviewsFrom and carries an earlier anniversary over it.
func (s *schedule) firstReviewed() int {
	rf := s.reviewsFrom
	days := rf.DaysSince(s.enrolled)
	if days <= 365 {
		return 1
	}
	n := days * 400 / 146097 // anniversaries before ReviewsFrom, or one off
	switch a := anniversary.Nth(s.enrolled, n, s.mar1); {
	case !a.Before(rf):
		n-- // the one before is at least 365 days earlier, and so before
	case rf.DaysSince(a) >= 366 && anniversary.Nth(s.enrolled, n+1, s.mar1).Before(rf):
		n++ // the estimate was short by the year a leap day ends (a day before rf)
	}
	if s.item.ShiftMonths(s.enrolled, rf.AddDays(-1)) != 0 {
		for n >= 1 && !s.day(n).Before(rf) {
			n--
		}
	}
	return n + 1
}

// cycle sets *c to cycle n and reports whether it exists: false when n is
// below 1 or the cycle would end after 9999-12-31. It also returns the
// manual validation the cycle needs (EDN-4): ValidationNone unless Manual.
func (s *schedule) cycle(n int, c *Cycle) (specialization.Validation, bool) {
	if n < 1 {
		return 0, false
	}
	day := s.day(n)
	if day.IsZero() {
		return 0, false
	}
	*c = Cycle{Anniversary: n, Date: day, Opens: day.AddDays(-s.window), ValidTo: day.AddDays(s.grace)}
	if c.ValidTo.IsZero() || c.Opens.IsZero() {
		return 0, false
	}
	if n >= s.year1 {
		c.Year = n - s.year1 + 1
	}
	v := specialization.ValidationNone
	if c.Year > 0 && c.Year%2 == 0 && !day.Before(s.manualFrom) {
		v = s.item.On(day).Validation()
	}
	c.Manual = v != specialization.ValidationNone
	return v, true
}

// day returns the day of anniversary n (shifts included), the enrollment
// date for n = 0.
func (s *schedule) day(n int) date.Date {
	_, day := anniversaryOf(s.item, s.enrolled, n, s.mar1)
	return day
}
