// Command planner shows where a partner's specializations stand: for each
// one the renewal phase and outcome as of a day, what is still missing, the
// deadline and the next reminder; per category the benefits used against
// the cap and which specializations are withheld; and the explanation of
// every decision. It writes a text report for an 80-column terminal, JSON,
// or an iCalendar (RFC 5545) file with the windows, anniversaries, valid-to
// dates and reminders ahead.
//
// Usage:
//
//	go run ./examples/planner [-in FILE] [-asof YYYY-MM-DD] [-format text|json|ics]
//	                          [-lang en|zh-Hans] [-years N]
//
// Without -in it plans the built-in demo portfolio (testdata/demo.json);
// without -asof it plans as of today's date in the local time zone, the
// only place the program reads the clock. The portfolio format is
// documented in the repository's README.
//
// The program wires the library together the way an application would:
// catalog.Default().Lookup resolves the names in the file,
// renewal.DefaultPolicy().Evaluate decides each renewal (RULES INT-10), and
// benefits.Allocate hands out the benefit slots (RULES INT-8, INT-9).
// Decisions the program takes on top of the library:
//
//   - The portfolio's designationAnniversary may be any designation
//     anniversary; the planner uses the last one on or before the as-of
//     date (a 29 February one falls on 28 February in common years, as
//     INT-2 does for specializations).
//   - A specialization whose renewal lapsed holds its benefit slot through
//     its valid-to date (Holding.Lapsed is the day after); a "lapsed" date
//     in the file ends it on that day instead, and it is then shown as
//     lapsed whatever its renewal data says.
//   - The next reminder is the first reminder of the cycle under review on
//     or after the as-of date, and never after the renewal date (INT-7).
//   - The calendar covers the as-of date through the same day N years
//     later, both inclusive. A reminder that falls on the day the window
//     opens, the anniversary or the valid-to date of the same cycle is told
//     in that event instead of as a second event on the same day; a cycle
//     already renewed gets no valid-to event and no reminder after its
//     renewal date.
//
// Every error is one line on standard error, "planner: ...", with exit
// status 1: bad flags (usage errors included), an unreadable file, malformed
// JSON (with line and column), an unknown field or specialization (with up
// to three close catalog names), an invalid date such as 2023-02-30, renewal
// data for an expert program, a negative or impossible renewed count.
// -h prints the usage on standard output and exits 0.
package main

import (
	"io"
	"os"
	"time"

	"github.com/partnerkit/specializations/date"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program but for the process: it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return runAt(args, stdout, stderr, today)
}

// today is the default -asof: today's date in the local time zone. It is
// the only place the program reads the clock.
func today() date.Date {
	return date.Of(time.Now())
}
