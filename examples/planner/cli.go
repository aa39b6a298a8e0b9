package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// demo is the built-in portfolio planned without -in.
//
//go:embed testdata/demo.json
var demo []byte

// Limits on the command line and the input.
const (
	maxYears      = 100     // -years: a horizon of 1..100 years
	maxInputBytes = 1 << 20 // 1 MiB: a portfolio lists at most a few dozen entries
)

const usage = `usage: planner [-in FILE|-] [-asof YYYY-MM-DD] [-format text|json|ics|html] [-lang en|zh-Hans] [-years N]

Plans a partner's specialization renewals and benefits with the program's
terms in force on the as-of day.

  -in FILE        the portfolio (JSON, at most 1 MiB, see the README); - reads
                  standard input; default: the built-in demo
  -asof DATE      the day to plan as of, YYYY-MM-DD; default: today (local time)
  -format FORMAT  text (default), json, ics (an iCalendar file) or html (a page)
  -lang LANG      en (default) or zh-Hans (also zh, zh-CN): names, explanations
                  and calendar text
  -years N        how many years ahead the agenda covers, 1..100; default 2

Errors are one line on standard error and exit status 1.
`

// options are the validated flags.
type options struct {
	in     string    // "" means the demo portfolio, "-" standard input
	asOf   date.Date // never zero
	until  date.Date // asOf plus years, never zero
	format string    // "text", "json", "ics" or "html"
	lang   string    // "en" or "zh-Hans"
	years  int       // 1..maxYears
}

// runIO runs the program on the given streams, with today as the default
// as-of day, and returns the exit status.
func runIO(args []string, stdin io.Reader, stdout, stderr io.Writer, today func() date.Date) int {
	o, err := parseArgs(args, today)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return 0
	}
	var out []byte
	if err == nil {
		out, err = produce(o, stdin)
	}
	if err == nil {
		_, err = stdout.Write(out)
	}
	if err != nil {
		fmt.Fprintf(stderr, "planner: %s\n", strings.Join(strings.Fields(err.Error()), " "))
		return 1
	}
	return 0
}

// produce reads the portfolio, plans it and renders it; nothing is written
// until all of it succeeded.
func produce(o options, stdin io.Reader) ([]byte, error) {
	data, file, err := readInput(o.in, stdin)
	if err != nil {
		return nil, err
	}
	in, err := decodePortfolio(data, file, catalog.Default())
	if err != nil {
		return nil, err
	}
	r, err := buildReport(in, o, file)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	switch o.format {
	case "json":
		err = writeJSON(&b, r)
	case "ics":
		writeICS(&b, r)
	case "html":
		err = writeHTML(&b, r)
	default:
		writeText(&b, r)
	}
	return b.Bytes(), err
}

// parseArgs reads and checks the flags. Flag errors are the flag package's
// one-line messages; -h and -help give flag.ErrHelp.
func parseArgs(args []string, today func() date.Date) (options, error) {
	fs := flag.NewFlagSet("planner", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o := options{}
	var asOf string
	fs.StringVar(&o.in, "in", "", "")
	fs.StringVar(&asOf, "asof", "", "")
	fs.StringVar(&o.format, "format", "text", "")
	fs.StringVar(&o.lang, "lang", "en", "")
	fs.IntVar(&o.years, "years", 2, "")
	if err := fs.Parse(args); err != nil {
		return options{}, err
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("unexpected argument %q (flags only; see -h)", fs.Arg(0))
	}
	return o, o.check(asOf, today)
}

// check validates the flag values and fills in the as-of day and the end
// of the horizon.
func (o *options) check(asOf string, today func() date.Date) error {
	var err error
	if asOf == "" {
		o.asOf = today()
	} else if o.asOf, err = date.Parse(asOf); err != nil {
		return fmt.Errorf("-asof: %w", err)
	}
	switch o.format {
	case "text", "json", "ics", "html":
	default:
		return fmt.Errorf("-format: unknown format %q (want text, json, ics or html)", o.format)
	}
	if o.years < 1 || o.years > maxYears {
		return fmt.Errorf("-years: %d is out of range (want 1..%d)", o.years, maxYears)
	}
	if o.asOf.IsZero() {
		return fmt.Errorf("-asof: today's date is outside years 1..9999")
	}
	if o.until = o.asOf.AddMonths(12 * o.years); o.until.IsZero() {
		return fmt.Errorf("-asof %s: %d year(s) later (-years) is after 9999-12-31, the last day the planner knows", o.asOf, o.years)
	}
	switch lang := strings.ToLower(o.lang); {
	case specialization.IsSimplifiedChinese(lang):
		o.lang = "zh-Hans"
	case lang == "en" || strings.HasPrefix(lang, "en-"):
		o.lang = "en"
	default:
		return fmt.Errorf("-lang: unsupported language %q (want en, or zh-Hans, zh, zh-CN for Simplified Chinese)", o.lang)
	}
	return nil
}

// readInput returns the portfolio bytes and the name to use in messages.
func readInput(path string, stdin io.Reader) ([]byte, string, error) {
	var r io.Reader
	switch path {
	case "":
		return demo, "demo.json", nil
	case "-":
		r, path = stdin, "stdin"
	default:
		f, err := os.Open(path)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInputBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > maxInputBytes {
		return nil, "", fmt.Errorf("%s: larger than 1 MiB (%d bytes), the limit for a portfolio", path, maxInputBytes)
	}
	return data, path, nil
}
