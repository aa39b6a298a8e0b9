package date_test

import (
	"errors"
	"math"
	"testing"
	"time"
	_ "time/tzdata" // zones for Of and In, even where the system has none

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
)

// ymd is a date taken apart, so that cmp.Diff shows which field is wrong.
type ymd struct {
	Year  int
	Month time.Month
	Day   int
}

func split(d date.Date) ymd { return ymd{d.Year(), d.Month(), d.Day()} }

func TestNewValid(t *testing.T) {
	tests := []struct {
		name  string
		in    ymd
		wantS string
	}{
		{"INT-2 29 February of a leap year exists", ymd{2024, time.February, 29}, "2024-02-29"},
		{"INT-2 2000 is a leap year (divisible by 400)", ymd{2000, time.February, 29}, "2000-02-29"},
		{"INT-2 28 February of a common year exists", ymd{2023, time.February, 28}, "2023-02-28"},
		{"INT-1 30 April is a month end", ymd{2025, time.April, 30}, "2025-04-30"},
		{"INT-1 31 January is a month end", ymd{2025, time.January, 31}, "2025-01-31"},
		{"INT-1 31 December is a year end", ymd{2025, time.December, 31}, "2025-12-31"},
		{"INT-1 1 January is a year start", ymd{2026, time.January, 1}, "2026-01-01"},
		{"INT-1 first day of year 1", ymd{1, time.January, 1}, "0001-01-01"},
		{"INT-1 last day of year 9999", ymd{9999, time.December, 31}, "9999-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := date.New(tt.in.Year, tt.in.Month, tt.in.Day)
			if err != nil {
				t.Fatalf("New(%v) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.in, split(d)); diff != "" {
				t.Errorf("New(%v) fields (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.wantS, d.String()); diff != "" {
				t.Errorf("New(%v).String() (-want +got):\n%s", tt.in, diff)
			}
			if d.IsZero() {
				t.Errorf("New(%v).IsZero() = true, want false", tt.in)
			}
		})
	}
}

func TestNewInvalid(t *testing.T) {
	tests := []struct {
		name string
		in   ymd
	}{
		{"INT-1 30 February is an error, not 2 March", ymd{2023, time.February, 30}},
		{"INT-2 29 February of a common year is an error", ymd{2023, time.February, 29}},
		{"INT-2 1900 is a common year (century not divisible by 400)", ymd{1900, time.February, 29}},
		{"INT-1 31 April is an error", ymd{2025, time.April, 31}},
		{"INT-1 32 January is an error", ymd{2025, time.January, 32}},
		{"INT-1 day 0 is an error", ymd{2025, time.January, 0}},
		{"INT-1 negative day is an error", ymd{2025, time.January, -1}},
		{"INT-1 month 0 is an error", ymd{2025, 0, 1}},
		{"INT-1 month 13 is an error", ymd{2025, 13, 1}},
		{"INT-1 year 0 is out of range", ymd{0, time.January, 1}},
		{"INT-1 negative year is out of range", ymd{-1, time.December, 31}},
		{"INT-1 year 10000 is out of range", ymd{10000, time.January, 1}},
		{"INT-1 huge year is out of range", ymd{math.MaxInt, time.January, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := date.New(tt.in.Year, tt.in.Month, tt.in.Day)
			if !errors.Is(err, date.ErrInvalid) {
				t.Errorf("New(%v) error = %v, want one wrapping ErrInvalid", tt.in, err)
			}
			if diff := cmp.Diff(date.Date{}, got); diff != "" {
				t.Errorf("New(%v) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want ymd
	}{
		{"INT-2 29 February 2024", "2024-02-29", ymd{2024, time.February, 29}},
		{"INT-2 29 February 2000", "2000-02-29", ymd{2000, time.February, 29}},
		{"INT-1 month end 30 November", "2025-11-30", ymd{2025, time.November, 30}},
		{"INT-1 month end 31 August", "2025-08-31", ymd{2025, time.August, 31}},
		{"INT-1 year end", "2025-12-31", ymd{2025, time.December, 31}},
		{"INT-1 first day of the range", "0001-01-01", ymd{1, time.January, 1}},
		{"INT-1 last day of the range", "9999-12-31", ymd{9999, time.December, 31}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := date.Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, split(d)); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(date.MustParse(tt.in), d); diff != "" {
				t.Errorf("MustParse(%q) differs from Parse (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"INT-1 30 February is no day", "2023-02-30", date.ErrInvalid},
		{"INT-2 29 February 2023 is no day", "2023-02-29", date.ErrInvalid},
		{"INT-2 29 February 1900 is no day", "1900-02-29", date.ErrInvalid},
		{"INT-1 31 June is no day", "2025-06-31", date.ErrInvalid},
		{"INT-1 month 13", "2025-13-01", date.ErrInvalid},
		{"INT-1 month 00", "2025-00-10", date.ErrInvalid},
		{"INT-1 day 00", "2025-01-00", date.ErrInvalid},
		{"INT-1 year 0000", "0000-12-31", date.ErrInvalid},
		{"INT-1 empty text", "", date.ErrSyntax},
		{"INT-1 unpadded month and day", "2023-2-3", date.ErrSyntax},
		{"INT-1 leading space", " 2023-02-03", date.ErrSyntax},
		{"INT-1 trailing space", "2023-02-03 ", date.ErrSyntax},
		{"INT-1 slashes", "2023/02/03", date.ErrSyntax},
		{"INT-1 signed year", "+123-01-01", date.ErrSyntax},
		{"INT-1 negative year", "-123-01-01", date.ErrSyntax},
		{"INT-1 five-digit year", "10000-01-01", date.ErrSyntax},
		{"INT-1 fullwidth digits", "２０２３-０２-０３", date.ErrSyntax},
		{"INT-1 Arabic-Indic digits", "٢٠٢٣-٠٢-٠٣", date.ErrSyntax},
		{"INT-1 time of day", "2023-02-03T00:00:00Z", date.ErrSyntax},
		{"INT-1 compact form", "20230203", date.ErrSyntax},
		{"INT-1 letters in place of digits", "2023-0a-03", date.ErrSyntax},
		{"INT-1 hyphen moved", "202-302-03", date.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := date.Parse(tt.in)
			if !errors.Is(err, tt.want) {
				t.Errorf("Parse(%q) error = %v, want one wrapping %v", tt.in, err, tt.want)
			}
			var pe *date.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error = %T, want *date.ParseError", tt.in, err)
			}
			if diff := cmp.Diff(tt.in, pe.Text); diff != "" {
				t.Errorf("Parse(%q) ParseError.Text (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(date.Date{}, d); diff != "" {
				t.Errorf("Parse(%q) date (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestMustParsePanicsOnBadText(t *testing.T) {
	defer func() {
		err, _ := recover().(error)
		if !errors.Is(err, date.ErrInvalid) {
			t.Errorf("MustParse(%q) panicked with %v, want an error wrapping ErrInvalid", "2023-02-30", err)
		}
	}()
	date.MustParse("2023-02-30")
	t.Errorf("MustParse(%q) did not panic", "2023-02-30")
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		name string
		from string
		n    int
		want string
	}{
		{"INT-2 28 February + 1 in a leap year is 29 February", "2024-02-28", 1, "2024-02-29"},
		{"INT-2 28 February + 1 in a common year is 1 March", "2023-02-28", 1, "2023-03-01"},
		{"INT-2 29 February + 1 is 1 March", "2024-02-29", 1, "2024-03-01"},
		{"INT-2 1 March - 1 in a leap year is 29 February", "2024-03-01", -1, "2024-02-29"},
		{"INT-2 1 March - 1 in 1900 is 28 February", "1900-03-01", -1, "1900-02-28"},
		{"INT-2 1 March - 1 in 2000 is 29 February", "2000-03-01", -1, "2000-02-29"},
		{"INT-2 29 February + 365 is 28 February next year", "2024-02-29", 365, "2025-02-28"},
		{"INT-2 29 February + 1461 is the next 29 February", "2024-02-29", 1461, "2028-02-29"},
		{"INT-1 30 April + 1 is 1 May", "2025-04-30", 1, "2025-05-01"},
		{"INT-1 31 January + 1 is 1 February", "2025-01-31", 1, "2025-02-01"},
		{"INT-1 1 May - 1 is 30 April", "2025-05-01", -1, "2025-04-30"},
		{"INT-1 31 December + 1 is 1 January next year", "2025-12-31", 1, "2026-01-01"},
		{"INT-1 1 January - 1 is 31 December last year", "2026-01-01", -1, "2025-12-31"},
		{"INT-3 anniversary - 60 days opens the window", "2026-01-01", -60, "2025-11-02"},
		{"INT-3 anniversary + 30 days is the valid-to date", "2026-01-01", 30, "2026-01-31"},
		{"INT-1 adding zero is the same day", "2025-06-15", 0, "2025-06-15"},
		{"INT-1 first day of the range - 0", "0001-01-01", 0, "0001-01-01"},
		{"INT-1 last day of the range + 0", "9999-12-31", 0, "9999-12-31"},
		{"INT-1 whole range forwards", "0001-01-01", 3652058, "9999-12-31"},
		{"INT-1 whole range backwards", "9999-12-31", -3652058, "0001-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := date.MustParse(tt.from).AddDays(tt.n)
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("%s.AddDays(%d) (-want +got):\n%s", tt.from, tt.n, diff)
			}
		})
	}
}

func TestAddDaysOutOfRangeIsZero(t *testing.T) {
	tests := []struct {
		name string
		from date.Date
		n    int
	}{
		{"INT-1 before 0001-01-01", date.MustParse("0001-01-01"), -1},
		{"INT-1 after 9999-12-31", date.MustParse("9999-12-31"), 1},
		{"INT-1 one past the whole range", date.MustParse("0001-01-01"), 3652059},
		{"INT-1 largest int", date.MustParse("2025-06-15"), math.MaxInt},
		{"INT-1 smallest int", date.MustParse("2025-06-15"), math.MinInt},
		{"INT-1 far past the end", date.MustParse("2025-06-15"), 1 << 40},
		{"INT-1 zero Date plus a day", date.Date{}, 1},
		{"INT-1 zero Date minus a day", date.Date{}, -1},
		{"INT-1 zero Date plus nothing", date.Date{}, 0},
		{"INT-1 zero Date plus a large number", date.Date{}, 800000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(date.Date{}, tt.from.AddDays(tt.n)); diff != "" {
				t.Errorf("%q.AddDays(%d) (-want +got):\n%s", tt.from, tt.n, diff)
			}
		})
	}
}

func TestDaysSince(t *testing.T) {
	tests := []struct {
		name string
		d, o date.Date
		want int
	}{
		{"INT-3 valid-to is 30 days after the anniversary", date.MustParse("2026-01-31"), date.MustParse("2026-01-01"), 30},
		{"INT-3 opening is 60 days before the anniversary", date.MustParse("2025-11-02"), date.MustParse("2026-01-01"), -60},
		{"INT-2 a leap year has 366 days", date.MustParse("2025-01-01"), date.MustParse("2024-01-01"), 366},
		{"INT-2 1900 has 365 days", date.MustParse("1901-01-01"), date.MustParse("1900-01-01"), 365},
		{"INT-2 2000 has 366 days", date.MustParse("2001-01-01"), date.MustParse("2000-01-01"), 366},
		{"INT-1 same day is 0", date.MustParse("2025-06-15"), date.MustParse("2025-06-15"), 0},
		{"INT-1 the whole range", date.MustParse("9999-12-31"), date.MustParse("0001-01-01"), 3652058},
		{"INT-1 zero Date gives 0", date.Date{}, date.MustParse("2025-06-15"), 0},
		{"INT-1 since the zero Date gives 0", date.MustParse("2025-06-15"), date.Date{}, 0},
		{"INT-1 two zero Dates give 0", date.Date{}, date.Date{}, 0},
		{"INT-1 the first day since the zero Date gives 0, not its day number", date.MustParse("0001-01-01"), date.Date{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.d.DaysSince(tt.o)); diff != "" {
				t.Errorf("%q.DaysSince(%q) (-want +got):\n%s", tt.d, tt.o, diff)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	type order struct {
		Compare              int
		Before, After, Equal bool
		EqualOp              bool
	}
	tests := []struct {
		name string
		d, o date.Date
		want order
	}{
		{"INT-1 earlier day", date.MustParse("2024-02-28"), date.MustParse("2024-02-29"), order{-1, true, false, false, false}},
		{"INT-1 later day", date.MustParse("2025-01-01"), date.MustParse("2024-12-31"), order{+1, false, true, false, false}},
		{"INT-1 same day", date.MustParse("2024-02-29"), date.MustParse("2024-02-29"), order{0, false, false, true, true}},
		{"INT-1 zero Date sorts first", date.Date{}, date.MustParse("0001-01-01"), order{-1, true, false, false, false}},
		{"INT-1 valid day after the zero Date", date.MustParse("0001-01-01"), date.Date{}, order{+1, false, true, false, false}},
		{"INT-1 zero Dates are equal", date.Date{}, date.Date{}, order{0, false, false, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := order{tt.d.Compare(tt.o), tt.d.Before(tt.o), tt.d.After(tt.o), tt.d.Equal(tt.o), tt.d == tt.o}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q vs %q (-want +got):\n%s", tt.d, tt.o, diff)
			}
		})
	}
}

func TestZeroDate(t *testing.T) {
	var d date.Date
	got := struct {
		IsZero bool
		Fields ymd
		String string
		In     time.Time
	}{d.IsZero(), split(d), d.String(), d.In(time.UTC)}
	want := got
	want.IsZero, want.Fields, want.String, want.In = true, ymd{}, "", time.Time{}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero Date accessors (-want +got):\n%s", diff)
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := date.Parse("2024-02-29"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAddDays(b *testing.B) {
	d := date.MustParse("2024-02-29")
	b.ReportAllocs()
	for b.Loop() {
		d = d.AddDays(1).AddDays(-1)
	}
}

func BenchmarkYearMonthDay(b *testing.B) {
	d := date.MustParse("2024-02-29")
	b.ReportAllocs()
	for b.Loop() {
		if d.Year()+int(d.Month())+d.Day() != 2024+2+29 {
			b.Fatal("wrong fields")
		}
	}
}

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q): %v", name, err)
	}
	return loc
}

func TestOf(t *testing.T) {
	ny, tokyo := mustLoad(t, "America/New_York"), mustLoad(t, "Asia/Tokyo")
	tests := []struct {
		name string
		in   time.Time
		want string
	}{
		{"INT-1 late on 1 January in New York is 1 January (2 January in UTC)", time.Date(2026, 1, 1, 23, 30, 0, 0, ny), "2026-01-01"},
		{"INT-1 the same instant read in UTC is 2 January", time.Date(2026, 1, 1, 23, 30, 0, 0, ny).UTC(), "2026-01-02"},
		{"INT-1 early on 1 January in Tokyo is 1 January (31 December in UTC)", time.Date(2026, 1, 1, 1, 0, 0, 0, tokyo), "2026-01-01"},
		{"INT-1 a fixed zone is read in that zone", time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.FixedZone("UTC-12", -12*3600)), "2024-02-29"},
		{"INT-2 29 February in UTC", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), "2024-02-29"},
		{"INT-1 the first instant of the range", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), "0001-01-01"},
		{"INT-1 the zero time.Time is 0001-01-01", time.Time{}, "0001-01-01"},
		{"INT-1 the last instant of the range", time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC), "9999-12-31"},
		{"INT-1 year 0 gives the zero Date", time.Date(0, 12, 31, 12, 0, 0, 0, time.UTC), ""},
		{"INT-1 year 10000 gives the zero Date", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"INT-1 the zero time.Time west of UTC is year 0", time.Time{}.In(ny), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, date.Of(tt.in).String()); diff != "" {
				t.Errorf("Of(%v) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestIn(t *testing.T) {
	ny, sp, apia := mustLoad(t, "America/New_York"), mustLoad(t, "America/Sao_Paulo"), mustLoad(t, "Pacific/Apia")
	tests := []struct {
		name string
		d    date.Date
		loc  *time.Location
		want time.Time
	}{
		{"INT-1 nil location means UTC", date.MustParse("2024-02-29"), nil, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
		{"INT-1 midnight in New York", date.MustParse("2026-01-01"), ny, time.Date(2026, 1, 1, 0, 0, 0, 0, ny)},
		{"INT-1 a skipped midnight starts the day at the transition", date.MustParse("2018-11-04"), sp, time.Date(2018, 11, 4, 1, 0, 0, 0, sp)},
		{"INT-1 a skipped day gives the first instant after it", date.MustParse("2011-12-30"), apia, time.Date(2011, 12, 31, 0, 0, 0, 0, apia)},
		{"INT-1 the first day of the range", date.MustParse("0001-01-01"), time.UTC, time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"INT-1 the last day of the range", date.MustParse("9999-12-31"), ny, time.Date(9999, 12, 31, 0, 0, 0, 0, ny)},
		{"INT-1 the zero Date gives the zero time.Time", date.Date{}, ny, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.d.In(tt.loc)
			if !got.Equal(tt.want) || got.Location().String() != tt.want.Location().String() {
				t.Errorf("%q.In(%v) = %v, want %v", tt.d, tt.loc, got, tt.want)
			}
		})
	}
}

// TestOfInRoundTrip checks Of(d.In(loc)) == d for every day of years with
// daylight-saving changes at midnight, where time.Date alone answers on the
// previous day.
func TestOfInRoundTrip(t *testing.T) {
	for _, name := range []string{"UTC", "America/New_York", "America/Sao_Paulo", "America/Havana",
		"America/Santiago", "Asia/Beirut", "Australia/Lord_Howe", "Asia/Kathmandu"} {
		loc := mustLoad(t, name)
		for d := date.MustParse("2017-01-01"); d.Year() < 2023; d = d.AddDays(1) {
			if got := date.Of(d.In(loc)); got != d {
				t.Errorf("Of(%q.In(%s)) = %q (%v), want %q", d, name, got, d.In(loc), d)
			}
		}
	}
}
