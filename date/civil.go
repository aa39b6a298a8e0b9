package date

import "time"

// The conversions between (year, month, day) and a day count are Cassio
// Neri and Lorenz Schneider's ("Euclidean affine functions and their
// application to calendar algorithms", Software: Practice and Experience,
// 2023): like Howard Hinnant's days_from_civil and civil_from_days they
// shift the year to start on 1 March, so that the leap day is the last day
// of a shifted year, and count whole 400-year eras of 146097 days, but
// they replace most divisions by one multiplication and a shift each,
// which halves the cost of every conversion (renewal.Evaluate makes
// several per call). They work on unsigned 32-bit counts from 0000-03-01:
// years 1..9999 keep every value in range, and TestEveryDay checks both
// functions on every day of them.

// marchEpoch is the number of days from 0000-03-01 to 1970-01-01.
const marchEpoch = 719468

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d, for a
// valid day of years 1..9999.
func daysFromCivil(y, m, d int) int {
	yy, mm := uint32(y), uint32(m)
	if mm <= 2 { // January and February end the previous shifted year
		yy--
		mm += 12
	}
	c := yy / 100
	daysBeforeYear := 1461*yy/4 - c + c/4   // 365 per year, plus the Gregorian leap days
	daysBeforeMonth := (979*mm - 2919) / 32 // from 1 March: 0, 31, 61, ... as one affine function
	return int(daysBeforeYear+daysBeforeMonth+uint32(d)-1) - marchEpoch
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) (y, m, d int) {
	n1 := 4*uint32(z+marchEpoch) + 3
	century, dayOfCentury := n1/146097, n1%146097/4
	// 2939745/2^32 is 4/1461 closely enough that one product gives both
	// the year of the century (its high half) and, from its low half,
	// the day of the year.
	p := uint64(2939745) * uint64(4*dayOfCentury+3)
	year := 100*century + uint32(p>>32)
	dayOfYear := uint32(p) / 2939745 / 4
	n3 := 2141*dayOfYear + 197913 // month and day of month as one affine function
	month, day := n3>>16, (n3&0xFFFF)/2141+1
	if dayOfYear >= 306 { // January or February: the next calendar year
		year++
		month -= 12
	}
	return int(year), int(month), int(day)
}

// isLeapYear reports whether year has a 29 February in the Gregorian
// calendar: divisible by 4, except centuries not divisible by 400.
func isLeapYear(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in the month; 0 for an invalid month.
func daysIn(year int, m time.Month) int {
	switch m {
	case time.February:
		if isLeapYear(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	}
	return 0
}
