package date_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/partnerkit/specializations/date"
)

func ExampleParse() {
	d, err := date.Parse("2024-02-29")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d)

	// A day that does not exist is an error, never normalized to 2 March.
	_, err = date.Parse("2023-02-30")
	fmt.Println(err)
	fmt.Println(errors.Is(err, date.ErrInvalid))

	// Only YYYY-MM-DD is accepted.
	_, err = date.Parse("2023-2-3")
	fmt.Println(errors.Is(err, date.ErrSyntax))
	// Output:
	// 2024-02-29
	// date: parsing "2023-02-30": no such calendar day
	// true
	// true
}

func ExampleNew() {
	d, err := date.New(2000, time.February, 29)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d)

	_, err = date.New(1900, time.February, 29) // 1900 is no leap year
	fmt.Println(err)
	// Output:
	// 2000-02-29
	// date: 1900-02-29: no such calendar day
}

func ExampleDate_AddDays() {
	anniversary := date.MustParse("2026-01-01")
	fmt.Println("window opens:", anniversary.AddDays(-60))
	fmt.Println("valid to:    ", anniversary.AddDays(30))
	fmt.Println(date.MustParse("2024-02-28").AddDays(1), date.MustParse("2023-02-28").AddDays(1))

	// Leaving years 1..9999 gives the zero Date, whose String is empty.
	fmt.Printf("%q\n", date.MustParse("9999-12-31").AddDays(1))
	// Output:
	// window opens: 2025-11-02
	// valid to:     2026-01-31
	// 2024-02-29 2023-03-01
	// ""
}

func ExampleDate_DaysSince() {
	grace := date.MustParse("2026-01-31").DaysSince(date.MustParse("2026-01-01"))
	fmt.Println(grace)
	// Output: 30
}

func ExampleOf() {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	t := time.Date(2026, time.January, 1, 23, 30, 0, 0, ny)
	fmt.Println(date.Of(t))       // the calendar date where t was read
	fmt.Println(date.Of(t.UTC())) // the same instant is already 2 January in UTC
	// Output:
	// 2026-01-01
	// 2026-01-02
}

func ExampleDate_In() {
	d := date.MustParse("2024-02-29")
	fmt.Println(d.In(time.UTC))
	fmt.Println(d.In(time.FixedZone("UTC+8", 8*3600)))
	// Output:
	// 2024-02-29 00:00:00 +0000 UTC
	// 2024-02-29 00:00:00 +0800 UTC+8
}

// A DATE column arrives as text or as a time.Time. A driver that turns it
// into midnight UTC and then into New York time moves it to the day before
// (see "Storing dates" in the package doc).
func ExampleDate_Scan() {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	var d date.Date
	for _, src := range []any{"2024-02-29", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).In(ny)} {
		if err := d.Scan(src); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(d)
	}
	// Output:
	// 2024-02-29
	// 2024-02-29
	// 2024-02-28
}
