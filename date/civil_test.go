package date_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/partnerkit/specializations/date"
)

// TestLeapYears checks the Gregorian leap-year rule through New: a year
// has a 29 February when it is divisible by 4, except centuries not
// divisible by 400.
func TestLeapYears(t *testing.T) {
	tests := []struct {
		name string
		year int
		want bool
	}{
		{"INT-2 2024 divisible by 4", 2024, true},
		{"INT-2 2023 not divisible by 4", 2023, false},
		{"INT-2 1900 century not divisible by 400", 1900, false},
		{"INT-2 2000 divisible by 400", 2000, true},
		{"INT-2 2100 century not divisible by 400", 2100, false},
		{"INT-2 year 4", 4, true},
		{"INT-2 year 1", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := date.New(tt.year, time.February, 29)
			if got := err == nil; got != tt.want {
				t.Errorf("New(%d, February, 29) error = %v, want a 29 February: %v", tt.year, err, tt.want)
			}
		})
	}
}

// TestDayNumberProperties checks, over random days and the ends of the
// range, that AddDays and DaysSince are inverse and that a Date rebuilt from
// its fields is the same Date.
func TestDayNumberProperties(t *testing.T) {
	first, last := date.MustParse("0001-01-01"), date.MustParse("9999-12-31")
	span := last.DaysSince(first)
	r := rand.New(rand.NewPCG(2026, 1))
	days := []date.Date{first, first.AddDays(1), last, last.AddDays(-1), date.MustParse("2024-02-29")}
	for range 10000 {
		days = append(days, first.AddDays(r.IntN(span+1)))
	}
	for _, d := range days {
		n := r.IntN(2*span+1) - span
		if e := d.AddDays(n); !e.IsZero() && e.DaysSince(d) != n {
			t.Errorf("%s.AddDays(%d).DaysSince(%s) = %d, want %d", d, n, d, e.DaysSince(d), n)
		}
		for _, n := range []int{last.DaysSince(d), first.DaysSince(d)} { // exactly to each end
			if got := d.AddDays(n).DaysSince(d); got != n {
				t.Errorf("%s.AddDays(%d).DaysSince(%s) = %d, want %d", d, n, d, got, n)
			}
		}
		if back, err := date.New(d.Year(), d.Month(), d.Day()); err != nil || back != d {
			t.Errorf("New(%d, %v, %d) = %v, %v; want %v", d.Year(), d.Month(), d.Day(), back, err, d)
		}
	}
}

// TestAgreesWithTime walks every day of some years, including the ends of
// the range and the century leap-year exceptions, beside time.Date.
func TestAgreesWithTime(t *testing.T) {
	ranges := [][2]int{{1, 4}, {1899, 1901}, {1999, 2001}, {2023, 2028}, {2099, 2101}, {9997, 9999}}
	for _, yr := range ranges {
		d := date.MustParse(time.Date(yr[0], 1, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
		for tm := time.Date(yr[0], 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() <= yr[1]; tm = tm.AddDate(0, 0, 1) {
			want := ymd{tm.Year(), tm.Month(), tm.Day()}
			if got := split(d); got != want {
				t.Fatalf("day after the previous one: got %v, want %v", got, want)
			}
			if got := d.String(); got != tm.Format(time.DateOnly) {
				t.Fatalf("String() = %q, want %q", got, tm.Format(time.DateOnly))
			}
			if got := date.Of(tm); got != d {
				t.Fatalf("Of(%v) = %v, want %v", tm, got, d)
			}
			if got := d.In(time.UTC); !got.Equal(tm) {
				t.Fatalf("%v.In(UTC) = %v, want %v", d, got, tm)
			}
			d = d.AddDays(1)
		}
	}
}

// TestEveryDay walks every day from 0001-01-01 to 9999-12-31: each is the
// day after the one before by its year, month and day (a month ends on
// its last day as time.Date counts it), and New rebuilds it from them. It pins the day-number conversions, which are tuned for
// speed, on the whole range.
func TestEveryDay(t *testing.T) {
	first, last := date.MustParse("0001-01-01"), date.MustParse("9999-12-31")
	py, pm, pd := 0, time.December, 31
	for d := first; ; d = d.AddDays(1) {
		y, m, dd := d.Date()
		monthEnded := pd == time.Date(py, pm+1, 0, 0, 0, 0, 0, time.UTC).Day()
		next := (y == py && m == pm && dd == pd+1) ||
			(y == py && m == pm+1 && dd == 1 && monthEnded) ||
			(y == py+1 && m == time.January && pm == time.December && dd == 1 && monthEnded)
		if !next {
			t.Fatalf("%04d-%02d-%02d follows %04d-%02d-%02d", y, m, dd, py, pm, pd)
		}
		if back, err := date.New(y, m, dd); err != nil || back != d {
			t.Fatalf("New(%d, %v, %d) = %v, %v; want %v", y, m, dd, back, err, d)
		}
		if d == last {
			break
		}
		py, pm, pd = y, m, dd
	}
}
