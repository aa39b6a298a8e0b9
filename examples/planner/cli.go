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
)

// demo is the built-in portfolio planned without -in.
//
//go:embed testdata/demo.json
var demo []byte

// Limits on the command line and the input.
const (
	maxYears      = 100     // -years: a horizon of 1..100 years
	maxInputBytes = 1 << 20 // a portfolio lists at most a few dozen entries
)

const usage = `usage: planner [-in FILE] [-asof YYYY-MM-DD] [-format text|json|ics] [-lang en|zh-Hans] [-years N]

Plans a partner's specialization renewals and benefits.

  -in FILE        the portfolio (JSON, see the README); default: the built-in demo
  -asof DATE      the day to plan as of, YYYY-MM-DD; default: today (local time)
  -format FORMAT  text (default), json or ics (an iCalendar file)
  -lang LANG      en (default) or zh-Hans: names, explanations and calendar text
  -years N        how many years ahead the calendar covers, 1..100; default 2

Errors are one line on standard error and exit status 1.
`

// options are the validated flags.
type options struct {
	in     string    // "" means the demo portfolio
	asOf   date.Date // never zero
	format string    // "text", "json" or "ics"
	lang   string    // "en" or "zh-Hans"
	years  int       // 1..maxYears
}

// runAt runs the program with today as the default as-of date.
func runAt(args []string, stdout, stderr io.Writer, today func() date.Date) int {
	o, err := parseArgs(args, today)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return 0
	}
	var out []byte
	if err == nil {
		out, err = produce(o)
	}
	if err == nil {
		_, err = stdout.Write(out)
	}
	if err != nil {
		fmt.Fprintf(stderr, "planner: %s\n", oneLine(err.Error()))
		return 1
	}
	return 0
}

// produce reads the portfolio, plans it and renders it; nothing is written
// until all of it succeeded.
func produce(o options) ([]byte, error) {
	data, name, err := readInput(o.in)
	if err != nil {
		return nil, err
	}
	cat := catalog.Default()
	p, err := decodePortfolio(data, name, cat)
	if err != nil {
		return nil, err
	}
	pl, err := buildPlan(p, o)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var b bytes.Buffer
	switch o.format {
	case "json":
		err = writeJSON(&b, pl)
	case "ics":
		writeICS(&b, pl)
	default:
		writeText(&b, pl)
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

// check validates the flag values and fills in the as-of date.
func (o *options) check(asOf string, today func() date.Date) error {
	var err error
	if asOf == "" {
		o.asOf = today()
	} else if o.asOf, err = date.Parse(asOf); err != nil {
		return fmt.Errorf("-asof: %w", err)
	}
	switch {
	case o.asOf.IsZero():
		return fmt.Errorf("-asof: today's date is outside years 1..9999")
	case o.format != "text" && o.format != "json" && o.format != "ics":
		return fmt.Errorf("-format: unknown format %q (want text, json or ics)", o.format)
	case o.years < 1 || o.years > maxYears:
		return fmt.Errorf("-years: %d is out of range (want 1..%d)", o.years, maxYears)
	}
	switch {
	case strings.EqualFold(o.lang, "en"):
		o.lang = "en"
	case strings.EqualFold(o.lang, "zh-Hans"):
		o.lang = "zh-Hans"
	default:
		return fmt.Errorf("-lang: unsupported language %q (want en or zh-Hans)", o.lang)
	}
	return nil
}

// readInput returns the portfolio bytes and the name to use in messages.
func readInput(path string) ([]byte, string, error) {
	if path == "" {
		return demo, "demo.json", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxInputBytes+1))
	if err != nil {
		return nil, "", err
	}
	if len(data) > maxInputBytes {
		return nil, "", fmt.Errorf("%s: larger than %d bytes; is it a portfolio?", path, maxInputBytes)
	}
	return data, path, nil
}

// oneLine keeps an error message on one line whatever it quotes.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
