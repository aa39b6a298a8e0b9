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
	"github.com/partnerkit/specializations/internal/langtag"
)

// demo is the built-in portfolio planned without -in.
//
//go:embed testdata/demo.json
var demo []byte

// maxInputBytes is the input limit: a portfolio lists a few dozen entries.
const maxInputBytes = 1 << 20

// options are the validated flags.
type options struct {
	in     string    // "" means the demo portfolio, "-" standard input
	asOf   date.Date // never zero
	until  date.Date // asOf plus years, never zero
	format string    // "text", "json", "ics" or "html"
	lang   string    // "en" or "zh-Hans"
	years  int       // 1..100
}

// runIO runs the program on the given streams, with today as the default
// as-of day, and returns the exit status.
func runIO(args []string, stdin io.Reader, stdout, stderr io.Writer, today func() date.Date) int {
	o, err := parseArgs(args, today, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var b bytes.Buffer
	if err == nil {
		err = produce(&b, o, stdin)
	}
	if err == nil {
		_, err = stdout.Write(b.Bytes())
	}
	if err != nil {
		fmt.Fprintf(stderr, "planner: %s\n", strings.Join(strings.Fields(err.Error()), " "))
		return 1
	}
	return 0
}

// writers render a report in each -format; text and iCalendar never fail,
// but share the signature so that one table both checks and picks -format.
var writers = map[string]func(*bytes.Buffer, report) error{"text": writeText, "json": writeJSON, "ics": writeICS, "html": writeHTML}

// produce reads the portfolio, plans it and renders it into b; the caller
// writes nothing until all of it succeeded.
func produce(b *bytes.Buffer, o options, stdin io.Reader) error {
	data, file, err := readInput(o.in, stdin)
	if err != nil {
		return err
	}
	in, err := decodePortfolio(data, file, catalog.Default())
	if err != nil {
		return err
	}
	r, err := buildReport(in, o, file)
	if err != nil {
		return err
	}
	return writers[o.format](b, r)
}

// parseArgs reads and checks the flags. Flag errors are the flag package's
// one-line messages; -h prints the usage on help and gives flag.ErrHelp.
func parseArgs(args []string, today func() date.Date, help io.Writer) (options, error) {
	fs := flag.NewFlagSet("planner", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	var o options
	var asOf string
	fs.StringVar(&o.in, "in", "", "the portfolio `FILE` (JSON, at most 1 MiB, see the README); - reads standard input;\nwithout it, the built-in demo")
	fs.StringVar(&asOf, "asof", "", "the `day` to plan as of, YYYY-MM-DD (default today, local time)")
	fs.StringVar(&o.format, "format", "text", "text, json, ics (an iCalendar file) or html (a page)")
	fs.StringVar(&o.lang, "lang", "en", "en, or zh-Hans (also zh, zh-CN) for Simplified Chinese")
	fs.IntVar(&o.years, "years", 2, "how many years ahead the agenda goes, 1..100")
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(help)
		fmt.Fprint(help, "usage: planner [-in FILE|-] [-asof YYYY-MM-DD] [-format F] [-lang L] [-years N]\n\n"+
			"Plans a partner's specialization renewals and benefits by the terms in force on the as-of day.\n"+
			"Errors are one line on standard error and exit status 1.\n\n")
		fs.PrintDefaults()
	}
	if err != nil {
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
	o.until = o.asOf.AddMonths(12 * o.years)
	switch lang := strings.ToLower(o.lang); {
	case writers[o.format] == nil:
		return fmt.Errorf("-format: unknown format %q (want text, json, ics or html)", o.format)
	case o.years < 1 || o.years > 100:
		return fmt.Errorf("-years: %d is out of range (want 1..100)", o.years)
	case o.asOf.IsZero():
		return fmt.Errorf("-asof: today's date is outside years 1..9999")
	case o.until.IsZero():
		return fmt.Errorf("-asof %s: %d year(s) later (-years) is after 9999-12-31, the last day the planner knows", o.asOf, o.years)
	case langtag.IsSimplifiedChinese(lang):
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
	if path == "" {
		return demo, "demo.json", nil
	} else if path == "-" {
		path = "stdin"
	} else if f, err := os.Open(path); err != nil {
		return nil, "", err
	} else {
		defer f.Close()
		stdin = f
	}
	data, err := io.ReadAll(io.LimitReader(stdin, maxInputBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	} else if len(data) > maxInputBytes {
		return nil, "", fmt.Errorf("%s: larger than 1 MiB (%d bytes), the limit for a portfolio", path, maxInputBytes)
	}
	return data, path, nil
}
