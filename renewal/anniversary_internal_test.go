package renewal

import (
	"testing"
	"time"

	"github.com/partnerkit/specializations/date"
)

// INT-1, INT-2: Evaluate counts years itself (see daysBefore); the count
// must agree with the date package on every day it can name.
func TestYearOfEveryDay(t *testing.T) {
	day1 := date.MustParse("0001-01-01")
	for d := day1; !d.IsZero(); d = d.AddDays(1) {
		year, doy := yearOf(d.DaysSince(day1))
		jan1, err := date.New(d.Year(), time.January, 1)
		if err != nil || year != d.Year() || doy != d.DaysSince(jan1) {
			t.Fatalf("yearOf(%v) = %d, day %d; want %d, day %d (%v)", d, year, doy, d.Year(), d.DaysSince(jan1), err)
		}
	}
}

func TestDaysBeforeEveryYear(t *testing.T) {
	day1 := date.MustParse("0001-01-01")
	for y := 1; y <= 9999; y++ {
		jan1, err := date.New(y, time.January, 1)
		if err != nil || daysBefore(y) != jan1.DaysSince(day1) {
			t.Fatalf("daysBefore(%d) = %d, want %d (%v)", y, daysBefore(y), jan1.DaysSince(day1), err)
		}
	}
}
