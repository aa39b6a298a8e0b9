package date_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
)

func TestAddMonths(t *testing.T) {
	tests := []struct {
		name string
		d    string
		n    int
		want string // "" for the zero Date
	}{
		{"INT-2 leap day plus a year is 28 February", "2024-02-29", 12, "2025-02-28"},
		{"INT-2 leap day plus four years is 29 February", "2024-02-29", 48, "2028-02-29"},
		{"INT-2 leap day plus 100 years: 2124 is leap", "2024-02-29", 1200, "2124-02-29"},
		{"INT-2 1900 is not a leap year", "1896-02-29", 48, "1900-02-28"},
		{"INT-2 2000 is a leap year", "1996-02-29", 48, "2000-02-29"},
		{"EDN-5 31 August plus 6 is 28 February", "2025-08-31", 6, "2026-02-28"},
		{"EDN-5 31 August plus 6 into a leap year is 29 February", "2027-08-31", 6, "2028-02-29"},
		{"EDN-5 30 July plus 6 is 30 January", "2026-07-30", 6, "2027-01-30"},
		{"month end 31 January plus 1 in a leap year", "2024-01-31", 1, "2024-02-29"},
		{"month end 31 March plus 1 is 30 April", "2026-03-31", 1, "2026-04-30"},
		{"year end 15 December plus 1", "2026-12-15", 1, "2027-01-15"},
		{"backwards across a year end", "2027-01-31", -2, "2026-11-30"},
		{"backwards to a leap day", "2024-03-29", -1, "2024-02-29"},
		{"zero months is the same day", "2026-05-17", 0, "2026-05-17"},
		{"last representable month", "9999-11-30", 1, "9999-12-30"},
		{"past 9999 is the zero Date", "9999-12-31", 1, ""},
		{"before year 1 is the zero Date", "0001-01-31", -1, ""},
		{"huge n is the zero Date", "2026-01-01", 1 << 40, ""},
		{"huge negative n is the zero Date", "2026-01-01", -(1 << 40), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := date.MustParse(tt.d).AddMonths(tt.n).String()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s.AddMonths(%d) mismatch (-want +got):\n%s", tt.d, tt.n, diff)
			}
		})
	}
	if got := (date.Date{}).AddMonths(1); !got.IsZero() {
		t.Errorf("Date{}.AddMonths(1) = %v, want the zero Date", got)
	}
}

// TestAddMonthsDayOfMonth checks, for every day from 1990 to 2040 and a
// spread of offsets, that AddMonths lands in the right month on the same
// day or, only when that day does not exist there, on the month's last day.
func TestAddMonthsDayOfMonth(t *testing.T) {
	for d := date.MustParse("1990-01-01"); d.Before(date.MustParse("2040-01-01")); d = d.AddDays(1) {
		for _, n := range []int{-25, -13, -12, -1, 1, 6, 11, 12, 24, 48, 120} {
			got := d.AddMonths(n)
			y, m, day := d.Date()
			first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
			last := first.AddDate(0, 1, -1).Day()
			want, err := date.New(first.Year(), first.Month(), min(day, last))
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("%v.AddMonths(%d) = %v, want %v", d, n, got, want)
			}
		}
	}
}

func TestDateTriple(t *testing.T) {
	for d := date.MustParse("1999-12-01"); d.Before(date.MustParse("2001-03-02")); d = d.AddDays(1) {
		y, m, day := d.Date()
		if diff := cmp.Diff([3]int{d.Year(), int(d.Month()), d.Day()}, [3]int{y, int(m), day}); diff != "" {
			t.Fatalf("%v.Date() mismatch (-want +got):\n%s", d, diff)
		}
	}
	if y, m, day := (date.Date{}).Date(); y != 0 || m != 0 || day != 0 {
		t.Errorf("Date{}.Date() = %d, %d, %d, want zeros", y, m, day)
	}
}

func FuzzAddMonths(f *testing.F) {
	f.Add(int32(738945), 12)
	f.Add(int32(1), -1)
	f.Add(int32(3652059), 1)
	f.Fuzz(func(t *testing.T, n int32, months int) {
		d := date.MustParse("0001-01-01").AddDays(int(n) - 1)
		got := d.AddMonths(months)
		if got.IsZero() {
			return
		}
		y, m, day := d.Date()
		gy, gm, gd := got.Date()
		if (gy*12+int(gm)-1)-(y*12+int(m)-1) != months {
			t.Fatalf("%v.AddMonths(%d) = %v: wrong month", d, months, got)
		}
		if gd > day || (gd < day && got.AddDays(1).Month() == gm) {
			t.Fatalf("%v.AddMonths(%d) = %v: day neither kept nor clamped to month end", d, months, got)
		}
	})
}

func ExampleDate_AddMonths() {
	fmt.Println(date.MustParse("2025-08-31").AddMonths(6))
	fmt.Println(date.MustParse("2024-02-29").AddMonths(12))
	fmt.Println(date.MustParse("2024-02-29").AddMonths(48))
	// Output:
	// 2026-02-28
	// 2025-02-28
	// 2028-02-29
}
