// Package anniversary is the one place where the library turns a first day
// into its yearly anniversaries (RULES INT-2): renewal uses it for
// enrollments, benefits for designation years, portfolio for both.
//
// Anniversary n of a day is the same month and day n years later, computed
// from the first day every time, never chained from the anniversary before.
// A first day of 29 February falls on 28 February in common years and on
// 29 February in leap years (date.Date.AddMonths clamps to the month's
// end), or on 1 March in common years under the Mar1 rule. Anniversary
// shifts (EDN-5) are applied by the renewal package on top of these dates.
package anniversary

import "github.com/partnerkit/specializations/date"

// Nth returns anniversary n (n ≥ 1; n = 0 is first itself) of first, with
// 29 February moved to 1 March in common years when mar1 is set and to
// 28 February otherwise. A result outside years 1..9999, a negative n or a
// zero first gives the zero Date.
func Nth(first date.Date, n int, mar1 bool) date.Date {
	if n < 0 || n > 9999 {
		return date.Date{} // no year 1..9999 is further apart; guards 12*n
	}
	d := first.AddMonths(12 * n)
	if mar1 && !d.IsZero() && d.Day() != first.Day() {
		// Only 29 February is clamped by a whole number of years.
		d = d.AddDays(1)
	}
	return d
}

// Last returns the latest anniversary of first (itself included, as
// anniversary 0) on or before d, and its number. It returns the zero Date
// and -1 when d is before first or either is zero.
func Last(first, d date.Date, mar1 bool) (date.Date, int) {
	if first.IsZero() || d.IsZero() || d.Before(first) {
		return date.Date{}, -1
	}
	n := d.Year() - first.Year()
	a := Nth(first, n, mar1)
	if a.After(d) {
		n--
		a = Nth(first, n, mar1)
	}
	return a, n
}
