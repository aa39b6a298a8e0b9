// Command planner shows where a partner's specializations stand on a day,
// by the program's terms in force that day (names, validations, caps,
// retirements): per holding the renewal state, what is missing, the
// deadline and the next reminder; per category the benefits used against
// the cap; and the explanation of every decision. It writes a text report
// for an 80-column terminal, JSON, an iCalendar (RFC 5545) file of the
// agenda ahead, or an HTML page. See the usage constant and the README.
//
// The program is thin on purpose: package portfolio holds every rule, the
// catalog resolves names and suggests close ones. The program reads flags
// and the file (-in, or - for standard input, at most 1 MiB), and formats.
// It reads the clock only for the default -asof (today, local time). Every
// error is one line on standard error, "planner: ...", and exit status 1.
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

// run is the whole program but for the process; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	return runIO(args, os.Stdin, stdout, stderr, today)
}

// today is the default -asof: today's date in the local time zone. It is
// the only place the program reads the clock.
func today() date.Date {
	return date.Of(time.Now())
}
