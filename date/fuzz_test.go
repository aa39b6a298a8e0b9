package date_test

import (
	"errors"
	"testing"
	"time"

	"github.com/partnerkit/specializations/date"
)

// FuzzParse checks that Parse never panics, that what it accepts is exactly
// what String writes back, and that what it rejects is a *ParseError
// wrapping ErrSyntax or ErrInvalid.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "2023-02-30", "0001-01-01", "9999-12-31",
		"0000-01-01", "2023-2-3", " 2023-02-03", "2023/02/03", "+123-01-01", "２０２３-０２-０３", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := date.Parse(s)
		if err != nil {
			var pe *date.ParseError
			if !errors.As(err, &pe) || pe.Text != s {
				t.Fatalf("Parse(%q) error = %#v, want *ParseError with Text %q", s, err, s)
			}
			if !errors.Is(err, date.ErrSyntax) && !errors.Is(err, date.ErrInvalid) {
				t.Fatalf("Parse(%q) error = %v, want ErrSyntax or ErrInvalid", s, err)
			}
			if !d.IsZero() {
				t.Fatalf("Parse(%q) = %v with an error, want the zero Date", s, d)
			}
			return
		}
		if got := d.String(); got != s {
			t.Fatalf("Parse(%q).String() = %q, want the input", s, got)
		}
		if tm, err := time.Parse(time.DateOnly, s); err != nil || date.Of(tm) != d {
			t.Fatalf("time.Parse(%q) = %v, %v; want %v", s, tm, err, d)
		}
	})
}

// FuzzUnmarshalText checks that UnmarshalText never panics, round-trips
// through MarshalText, and leaves the Date unchanged on an error.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"2024-02-29", "", "2023-02-30", "1900-02-29", "2000-02-29", "10000-01-01", "\xff\xfe"} {
		f.Add([]byte(s))
	}
	start := date.MustParse("2000-01-01")
	f.Fuzz(func(t *testing.T, b []byte) {
		d := start
		if err := d.UnmarshalText(b); err != nil {
			if d != start {
				t.Fatalf("UnmarshalText(%q) error %v changed the date to %v", b, err, d)
			}
			return
		}
		got, err := d.MarshalText()
		if err != nil || string(got) != string(b) {
			t.Fatalf("UnmarshalText(%q) then MarshalText = %q, %v; want the input", b, got, err)
		}
	})
}

// FuzzAddDays checks that AddDays never panics, stays in range, and is
// undone by DaysSince.
func FuzzAddDays(f *testing.F) {
	f.Add(0, 1)
	f.Add(3652058, 1)
	f.Add(0, -1)
	f.Add(738945, -60)
	first := date.MustParse("0001-01-01")
	f.Fuzz(func(t *testing.T, day, n int) {
		d := first.AddDays(day)
		e := d.AddDays(n)
		if e.IsZero() {
			return
		}
		if got := e.DaysSince(d); got != n {
			t.Fatalf("%v.AddDays(%d).DaysSince(%v) = %d, want %d", d, n, d, got, n)
		}
		if y := e.Year(); y < 1 || y > 9999 {
			t.Fatalf("%v.AddDays(%d) has year %d, want 1..9999", d, n, y)
		}
	})
}
