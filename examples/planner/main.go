// Command planner shows where a partner's specializations stand on a day,
// with the program's terms in force on that day (names, validations,
// caps, retirements): for each holding the renewal phase and outcome,
// what is still missing, the deadline and the next reminder; per category
// the benefits used against the cap and which holdings are withheld; and
// the explanation of every decision. It writes a text report for an
// 80-column terminal, JSON, an iCalendar (RFC 5545) file of the agenda
// ahead, or an HTML page.
//
// Usage:
//
//	go run ./examples/planner [-in FILE|-] [-asof YYYY-MM-DD] [-format text|json|ics|html]
//	                          [-lang en|zh-Hans] [-years N]
//
// Without -in it plans the built-in demo portfolio (testdata/demo.json);
// -in - reads standard input (at most 1 MiB). Without -asof it plans as of
// today's date in the local time zone, the only place the program reads
// the clock. The portfolio format is documented in the repository's
// README.
//
// The program is thin on purpose: package portfolio holds every rule
// (renewal decisions, benefits, the agenda and its reminder filter,
// retirements and carry-overs), catalog.Default resolves the names in the
// file and catalog.Suggest offers close ones. The program reads flags and
// the file, and formats. The one thing it derives itself is which events
// of a renewed cycle to publish as cancelled in the calendar (see
// cancelledEvents).
//
// Every error is one line on standard error, "planner: ...", with exit
// status 1: bad flags, an unreadable file, malformed JSON (with line and
// column, and the list index inside "specializations"), an unknown field
// or specialization (with up to three close catalog names), an invalid
// date such as 2023-02-30, and what package portfolio rejects. -h prints
// the usage on standard output and exits 0.
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

// run is the whole program but for the process: it reads standard input
// for -in - and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return runIO(args, os.Stdin, stdout, stderr, today)
}

// today is the default -asof: today's date in the local time zone. It is
// the only place the program reads the clock.
func today() date.Date {
	return date.Of(time.Now())
}
