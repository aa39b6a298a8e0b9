// Package date provides Date, a calendar date with no time of day and no
// time zone (RULES INT-1).
//
// # Model
//
// A Date names one day of the proleptic Gregorian calendar between
// 0001-01-01 and 9999-12-31. Inside it is a single integer day number, so a
// Date is a small comparable value: == and Compare agree, and it can be used
// as a map key. The zero Date means "no date"; it is not a valid day, its
// String is "", and it encodes as empty text, as a NULL SQL value and as the
// JSON string "".
//
// Construction validates and never normalizes: New(2023, time.February, 30)
// and Parse("2023-02-30") are errors (ErrInvalid), not 2 March, and so are
// 2023-02-29, year 0 and year 10000. Parse accepts exactly the form
// YYYY-MM-DD (ErrSyntax otherwise).
//
// Arithmetic is done on the day number and never panics: AddDays(1) on
// 2024-02-28 is 2024-02-29, on 2023-02-28 it is 2023-03-01, on 2025-12-31 it
// is 2026-01-01, and a result outside years 1..9999 is the zero Date.
// AddMonths moves by calendar months and clamps to the month's last day
// instead of spilling over: 2025-08-31 plus 6 months is 2026-02-28, and
// 2024-02-29 plus 12 is 2025-02-28. That is the building block of
// anniversaries (RULES INT-2) and of anniversary shifts (EDN-5); the choice
// between 28 February and 1 March for a leap-day enrollment stays a policy
// of the renewal package.
//
// Of takes the calendar date of a time.Time in that time's own location, so
// the caller decides which zone "today" is read in: 2026-01-01 23:30 in New
// York is 2026-01-01, though it is already 2026-01-02 in UTC. In goes back
// to the first instant of a Date in a location. Nothing in this package
// reads the clock.
//
// # Encodings
//
// The text form is YYYY-MM-DD and the zero Date is the empty text; both
// round-trip through MarshalText and UnmarshalText, and so through
// encoding/json as "2026-01-31" and "". JSON null follows encoding/json's
// convention for non-pointer values (time.Time does the same): it leaves a
// Date unchanged, so a fresh Date stays zero; use a *Date to tell null from
// "". For database/sql, Scan reads a time.Time, YYYY-MM-DD text and NULL,
// and Value writes the text, or NULL for the zero Date.
//
// # Storing dates
//
// An optional Date field of a JSON document is best tagged omitzero, which
// leaves the key out for the zero Date (IsZero). omitempty never leaves a
// Date out, because a Date is a struct, so the key is written as "":
//
//	type Holding struct {
//		Earned date.Date `json:"earned"`          // always written
//		Lapsed date.Date `json:"lapsed,omitzero"` // left out while zero
//	}
//
// Both forms read back the same Date into a fresh value: a missing key and
// "" both leave it zero. The library's own types write every key and give a zero Date as "".
//
// A SQL DATE column is a calendar day, but many drivers hand it to Scan as
// a time.Time, and Scan takes that time's calendar day in its own location
// (as Of). A driver that reads the DATE as midnight UTC and then converts
// it to the local zone moves it: 2024-02-29 00:00 UTC is 2024-02-28 19:00
// in New York, and scans as 2024-02-28. Keep the driver's times in UTC
// (go-sql-driver/mysql: parseTime=true leaves loc at its default, UTC), or
// have the column arrive as text (that driver with parseTime=false, or
// CAST(d AS CHAR) in MySQL and d::text in PostgreSQL), which Scan reads as
// YYYY-MM-DD and never moves.
package date

import (
	"errors"
	"fmt"
	"time"
)

// Date is a calendar date (year, month, day) with no time of day and no
// zone. The zero Date means "no date" and is reported by IsZero.
// Dates are comparable with ==.
type Date struct {
	// n is the day number: 1 for 0001-01-01, counting up; 0 is the zero Date.
	n int32
}

// The range of valid day numbers.
const (
	minYear = 1
	maxYear = 9999
	// unixOffset is the day number of 1970-01-01.
	unixOffset = 719163
	// maxN is the day number of 9999-12-31.
	maxN = 3652059
)

var (
	// ErrInvalid reports a year, month and day that do not name a day
	// between 0001-01-01 and 9999-12-31, such as 2023-02-30.
	ErrInvalid = errors.New("no such calendar day")
	// ErrSyntax reports text that is not of the form YYYY-MM-DD.
	ErrSyntax = errors.New("not of the form YYYY-MM-DD")
	// ErrUnsupportedType reports a value of a type Scan cannot read into a
	// Date, such as an int64.
	ErrUnsupportedType = errors.New("unsupported source type")
)

// ParseError describes text that could not be read as a Date. Err is
// ErrSyntax or ErrInvalid, so errors.Is works on the ParseError.
type ParseError struct {
	Text string // the input, as given
	Err  error  // ErrSyntax or ErrInvalid
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("date: parsing %q: %v", e.Text, e.Err)
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// New returns the date year-month-day. It returns an error wrapping
// ErrInvalid when that day does not exist (2023-02-30, 2023-02-29, month 13)
// or the year is outside 1..9999; it never normalizes.
func New(year int, month time.Month, day int) (Date, error) {
	if year < minYear || year > maxYear || month < time.January || month > time.December ||
		day < 1 || day > daysIn(year, month) {
		return Date{}, fmt.Errorf("date: %04d-%02d-%02d: %w", year, int(month), day, ErrInvalid)
	}
	return Date{n: int32(daysFromCivil(year, int(month), day) + unixOffset)}, nil
}

// Parse reads a date written exactly as YYYY-MM-DD ("2006-01-02"): four
// digits, a hyphen, two digits, a hyphen, two digits, nothing else. Errors
// are *ParseError wrapping ErrSyntax or ErrInvalid.
func Parse(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &ParseError{Text: s, Err: ErrSyntax}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &ParseError{Text: s, Err: ErrSyntax}
	}
	t, err := New(y, time.Month(m), d)
	if err != nil {
		return Date{}, &ParseError{Text: s, Err: ErrInvalid}
	}
	return t, nil
}

// MustParse is like Parse but panics on an error. It is meant for tests and
// for literals in code, never for input.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Of returns the calendar date of t in t's own location: 2026-01-01T23:30
// in New York is 2026-01-01 even though it is already 2 January in UTC.
// Convert t with t.In first to read the date in another zone. A time whose
// year is outside 1..9999 gives the zero Date. The zero time.Time is an
// instant like any other, 0001-01-01 in UTC: check t.IsZero first where it
// stands for "no time".
func Of(t time.Time) Date {
	y, m, d := t.Date()
	if y < minYear || y > maxYear {
		return Date{}
	}
	return Date{n: int32(daysFromCivil(y, int(m), d) + unixOffset)}
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d.n == 0 }

// Year returns d's year (1..9999), or 0 for the zero Date.
func (d Date) Year() int {
	y, _, _ := d.civil()
	return y
}

// Month returns d's month, or 0 for the zero Date.
func (d Date) Month() time.Month {
	_, m, _ := d.civil()
	return time.Month(m)
}

// Day returns d's day of the month (1..31), or 0 for the zero Date.
func (d Date) Day() int {
	_, _, dd := d.civil()
	return dd
}

// Date returns d's year, month and day in one conversion, as time.Time.Date
// does; all zero for the zero Date. Callers that need two of the three
// should use it rather than Year, Month and Day, which each convert.
func (d Date) Date() (year int, month time.Month, day int) {
	y, m, dd := d.civil()
	return y, time.Month(m), dd
}

// civil returns year, month and day; all zero for the zero Date.
func (d Date) civil() (year, month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	return civilFromDays(int(d.n) - unixOffset)
}

// AddDays returns the date n days after d (before d for negative n), counting
// every calendar day: 2024-02-28 plus 1 is 2024-02-29, 2023-02-28 plus 1 is
// 2023-03-01, 2025-12-31 plus 1 is 2026-01-01. A result outside years
// 1..9999, or any n added to the zero Date, gives the zero Date.
func (d Date) AddDays(n int) Date {
	if d.n == 0 || n > maxN || n < -maxN {
		return Date{}
	}
	r := int(d.n) + n
	if r < 1 || r > maxN {
		return Date{}
	}
	return Date{n: int32(r)}
}

// AddMonths returns the same day of the month n months after d (before d
// for negative n), clamped to the last day of the target month when that
// day does not exist there: 2024-02-29 plus 12 is 2025-02-28, 2025-08-31
// plus 6 is 2026-02-28, 2024-01-31 plus 1 is 2024-02-29. Unlike
// time.Time.AddDate it never spills into the next month. Each call counts
// from d itself, so d.AddMonths(12*k) is the same calendar day k years on
// (29 February falling to 28 February in common years, RULES INT-2), not a
// chain of clamps. A result outside years 1..9999, or any n added to the
// zero Date, gives the zero Date.
func (d Date) AddMonths(n int) Date {
	if d.n == 0 || n > 12*maxYear || n < -12*maxYear {
		return Date{}
	}
	y, m, dd := civilFromDays(int(d.n) - unixOffset)
	total := y*12 + (m - 1) + n // months since January of year 0
	if total < 12*minYear || total >= 12*(maxYear+1) {
		return Date{}
	}
	y, m = int(uint(total)/12), int(uint(total)%12)+1
	if dd > 28 { // only the 29th to the 31st can be missing from a month
		dd = min(dd, daysIn(y, time.Month(m)))
	}
	return Date{n: int32(daysFromCivil(y, m, dd) + unixOffset)}
}

// DaysSince returns the number of days from o to d: positive when d is
// after o, so d.AddDays(n).DaysSince(d) == n whenever the sum is a valid
// Date. Both dates count as plain day numbers: 2026-01-31 is 30 days since
// 2026-01-01. The zero Date is no day, so it has no distance to any day:
// DaysSince returns 0 when d, o or both are zero, the same as for two equal
// days; check IsZero first where a zero Date can reach it.
func (d Date) DaysSince(o Date) int {
	if d.n == 0 || o.n == 0 {
		return 0
	}
	return int(d.n) - int(o.n)
}

// Before reports whether d is strictly before o. The zero Date is before
// every valid Date.
func (d Date) Before(o Date) bool { return d.n < o.n }

// After reports whether d is strictly after o.
func (d Date) After(o Date) bool { return d.n > o.n }

// Compare returns -1 if d is before o, 0 if they are the same day and +1 if d
// is after o. The zero Date sorts before every valid Date.
func (d Date) Compare(o Date) int {
	switch {
	case d.n < o.n:
		return -1
	case d.n > o.n:
		return +1
	}
	return 0
}

// Equal reports whether d and o are the same day; it is the same as d == o
// and lets github.com/google/go-cmp compare values holding a Date.
func (d Date) Equal(o Date) bool { return d.n == o.n }

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

// appendTo appends YYYY-MM-DD to b; d must not be zero.
func (d Date) appendTo(b []byte) []byte {
	y, m, dd := d.civil()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '-')
	return append(b, byte('0'+dd/10), byte('0'+dd%10))
}

// In returns the first instant of d in loc (UTC when loc is nil): its
// midnight, so that Of(d.In(loc)) == d. Where a zone skipped midnight
// (America/Sao_Paulo moved its clocks from 2018-11-04 00:00 to 01:00), the
// day starts at the transition, 01:00, not at time.Date's 23:00 of the day
// before. A day the zone skipped entirely (Pacific/Apia 2011-12-30) has no
// instant; In returns the first instant after it. The zero Date gives the
// zero time.Time.
func (d Date) In(loc *time.Location) time.Time {
	if d.n == 0 {
		return time.Time{}
	}
	if loc == nil {
		loc = time.UTC
	}
	y, m, dd := d.civil()
	t := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, loc)
	// A skipped midnight makes time.Date answer on the previous day; the
	// day then starts where that day's zone ends. The bound only guards
	// against zone data with several transitions in one night.
	for i := 0; i < 4 && Of(t).Before(d); i++ {
		_, end := t.ZoneBounds()
		if end.IsZero() {
			break
		}
		t = end
	}
	return t
}
