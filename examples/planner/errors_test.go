package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// portfolioWith returns a small valid portfolio whose only specialization
// entry is the JSON object members given ("" for the default one).
func portfolioWith(entry string) string {
	if entry == "" {
		entry = `"specialization": "Analytics on Microsoft Azure", "enrolled": "2025-01-01", "renewed": 1`
	}
	return `{
  "partner": "Fabrikam",
  "designations": ["data-and-ai"],
  "benefitsPurchased": true,
  "designationAnniversary": "2026-07-01",
  "specializations": [{` + entry + `}]
}`
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		json string
		want error
	}{
		{"input: empty file", "", errSyntax},
		{"input: malformed JSON", `{"partner": "x",}`, errSyntax},
		{"input: truncated JSON", `{"partner": "x"`, errSyntax},
		{"input: not an object", `[]`, errWrongType},
		{"input: data after the object", portfolioWith("") + " {}", errSyntax},
		{"input: nested too deep", strings.Repeat("[", 40) + strings.Repeat("]", 40), errSyntax},
		{"input: not UTF-8", "{\"partner\": \"Caf\xe9\"}", errEncoding},
		{"input: a duplicate key", `{"partner": "a", "partner": "b"}`, errDuplicateKey},
		{"input: a duplicate key in another case", `{"partner": "a", "Partner": "b"}`, errDuplicateKey},
		{"input: a duplicate key in an entry", portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "enrolled": "2025-02-01"`), errDuplicateKey},
		{"input: unknown top-level field", `{"partnr": "x"}`, errUnknownField},
		{"input: unknown entry field", portfolioWith(`"specialization": "sales", "enroled": "2025-01-01"`), errUnknownField},
		{"input: renewed is not a whole number", portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "renewed": 1.5`), errWrongType},
		{"input: control character in the partner name", `{"partner": "a\u001bb"}`, errControl},
		{"CAT-2 unknown designation", `{"designations": ["data"]}`, errUnknownDesignation},
		{"INT-8 designation anniversary is required", `{"designations": []}`, errMissing},
		{"CAT-3 unknown specialization name", portfolioWith(`"specialization": "Analytics on Azur", "enrolled": "2025-01-01"`), errUnknownSpecialization},
		{"CAT-3 specialization name is required", portfolioWith(`"enrolled": "2025-01-01"`), errMissing},
		{"INT-1 30 February is no date", portfolioWith(`"specialization": "sales", "enrolled": "2023-02-30"`), date.ErrInvalid},
		{"INT-1 a date must be YYYY-MM-DD", portfolioWith(`"specialization": "sales", "enrolled": "1/2/2025"`), date.ErrSyntax},
		{"INT-2 29 February of a common year is no date", portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "qualifiedOn": "2026-02-29"`), errBadDate},
		{"ENR-1 enrollment date is required", portfolioWith(`"specialization": "sales"`), errMissing},
		{"INT-10 negative renewed count", portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "renewed": -1`), errNegative},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodePortfolio([]byte(tt.json), "p.json", catalog.Default())
			if !errors.Is(err, tt.want) {
				t.Fatalf("decodePortfolio(%q) = %v, want an error wrapping %v", tt.json, err, tt.want)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "p.json") || strings.ContainsAny(msg, "\r\n") {
				t.Errorf("error %q is not one line naming the input", msg)
			}
		})
	}
}

// TestPlanErrors checks errors of package portfolio as the planner passes
// them on: usable with errors.Is, and blaming the right place.
func TestPlanErrors(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		file     string
		want     error
		fragment string
	}{
		{"INT-10 more renewals than windows opened", []string{"-asof", demoAsOf},
			portfolioWith(`"specialization": "Analytics on Microsoft Azure", "enrolled": "2025-01-01", "renewed": 3`),
			renewal.ErrRenewedAhead, `p.json: specializations[0] "Analytics on Microsoft Azure": `},
		{"EDN-3 enrolled on a day the entry was not offered", []string{"-asof", demoAsOf},
			portfolioWith(`"specialization": "kubernetes", "enrolled": "2026-08-01"`),
			specialization.ErrNotOffered, `specializations[0] "kubernetes"`},
		{"REN-1 expert program given evidence", []string{"-asof", demoAsOf},
			portfolioWith(`"specialization": "Azure Expert MSP", "enrolled": "2023-05-01", "qualifiedOn": "2026-01-01"`),
			renewal.ErrNotRenewable, `specializations[0] "Azure Expert MSP"`},
		{"REN-1 expert program given a renewed count", []string{"-asof", demoAsOf},
			portfolioWith(`"specialization": "azure-expert-msp", "enrolled": "2023-05-01", "renewed": 2`),
			renewal.ErrNotRenewable, `specializations[0] "azure-expert-msp"`},
		{"ENR-4 Business Applications given a validation", []string{"-asof", demoAsOf},
			portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "validatedOn": "2026-01-01"`),
			portfolio.ErrNoManualValidation, `specializations[0] "sales"`},
		{"ENR-4 a validation for an entry introduced without one", []string{"-asof", demoAsOf},
			portfolioWith(`"specialization": "agentic-business-solutions", "enrolled": "2026-08-01", "validatedOn": "2026-09-01"`),
			portfolio.ErrNoManualValidation, `specializations[0] "agentic-business-solutions"`},
		{"INT-5 lapsed on or before enrolled", []string{"-asof", demoAsOf},
			portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "lapsed": "2024-01-01"`),
			portfolio.ErrEndedBeforeEnrolled, `specializations[0] "sales"`},
		{"INT-8 designation day after the as-of day blames the file", []string{"-asof", "2026-01-01"},
			portfolioWith(""), portfolio.ErrNoDesignationDay, "p.json: designationAnniversary 2026-07-01 is after the as-of day 2026-01-01"},
		{"input: -asof 9999-12-31 blames the flag", []string{"-asof", "9999-12-31"}, portfolioWith(""), nil,
			"-asof 9999-12-31: 2 year(s) later (-years) is after 9999-12-31"},
		{"input: an as-of day whose cycles end after 9999-12-31 blames the flag", []string{"-asof", "9998-12-20", "-years", "1"},
			portfolioWith(`"specialization": "sales", "enrolled": "9998-12-15"`), renewal.ErrNoSuchAnniversary, "-asof 9998-12-20: too late to plan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := decodePortfolio([]byte(tt.file), "p.json", catalog.Default())
			if err != nil {
				t.Fatal(err)
			}
			o, err := parseArgs(tt.args, nil, nil)
			if err == nil {
				_, err = buildReport(in, o, "p.json")
			}
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Fatalf("%q: error %v, want one wrapping %v", tt.args, err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.fragment) {
				t.Errorf("%q: error %q, want it to say %q", tt.args, err, tt.fragment)
			}
		})
	}
}

// TestRunErrors checks what a user sees: one line on standard error,
// "planner: ...", exit status 1 and nothing on standard output. The
// fragment proves the line names the problem and its place.
func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	tests := []struct {
		name     string
		args     []string
		fragment string
	}{
		{"flags: unknown flag", []string{"-frmat", "json"}, "flag provided but not defined: -frmat"},
		{"flags: unknown format", []string{"-format", "xml"}, `-format: unknown format "xml"`},
		{"flags: unknown language", []string{"-lang", "fr"}, `-lang: unsupported language "fr"`},
		{"flags: Traditional Chinese is not offered", []string{"-lang", "zh-TW"}, `-lang: unsupported language "zh-TW"`},
		{"flags: years below 1", []string{"-years", "0"}, "-years: 0 is out of range"},
		{"flags: years not a number", []string{"-years", "two"}, `invalid value "two" for flag -years`},
		{"flags: stray argument", []string{"demo.json"}, `unexpected argument "demo.json"`},
		{"INT-1 -asof 2023-02-30 is no date", []string{"-asof", "2023-02-30"}, "-asof: date: parsing \"2023-02-30\": no such calendar day"},
		{"INT-1 -asof must be YYYY-MM-DD", []string{"-asof", "24/11/2026"}, "not of the form YYYY-MM-DD"},
		{"INT-1 -asof 9999-12-31 blames the flag, not the file", []string{"-asof", "9999-12-31"}, "-asof 9999-12-31: 2 year(s) later"},
		{"input: missing file", []string{"-in", filepath.Join(dir, "nope.json")}, "no such file or directory"},
		{"input: a directory", []string{"-in", dir}, "is a directory"},
		{"input: larger than 1 MiB", []string{"-in", write("big.json", strings.Repeat(" ", 1<<20+1))}, "larger than 1 MiB"},
		{"input: malformed JSON with its place", []string{"-in", write("bad.json", "{\n  \"partner\": \"x\",\n}")}, "bad.json:3:1: malformed JSON"},
		{"input: a duplicate key with its place", []string{"-in", write("dup.json", "{\n  \"partner\": \"x\",\n  \"partner\": \"y\"\n}")}, `dup.json:3:12: duplicate key "partner"`},
		{"input: not UTF-8 with its place", []string{"-in", write("latin1.json", "{\n  \"partner\": \"Caf\xe9\"\n}")}, "latin1.json:2:18: not UTF-8"},
		{"input: a type error keeps the list index", []string{"-in", write("type.json", strings.Replace(portfolioWith(""), `"renewed": 1`, `"renewed": "1"`, 1))},
			"specializations[0].renewed: wrong JSON type: got string, want int"},
		{"input: an unknown field keeps the list index", []string{"-in", write("field.json", portfolioWith(`"specialization": "sales", "enroled": "2025-01-01"`))},
			`specializations[0]: unknown field "enroled"`},
		{"CAT-3 unknown name suggests close names", []string{"-in", write("name.json",
			portfolioWith(`"specialization": "Analytics on Azur", "enrolled": "2025-01-01"`))},
			`unknown specialization "Analytics on Azur"; did you mean "Analytics on Azure"`},
		{"CAT-3 unknown Chinese name suggests Chinese names", []string{"-in", write("zh.json",
			portfolioWith(`"specialization": "云安", "enrolled": "2025-01-01"`))},
			`did you mean "云安全"`},
		{"CAT-3 a name with a percent sign is quoted as given", []string{"-in", write("pct.json",
			portfolioWith(`"specialization": "50%off", "enrolled": "2025-01-01"`))},
			`unknown specialization "50%off"`},
		{"INT-1 invalid date in the file", []string{"-in", write("date.json",
			portfolioWith(`"specialization": "sales", "enrolled": "2023-02-30"`))},
			`specializations[0]: enrolled: bad date "2023-02-30": no such calendar day`},
		{"REN-1 expert program given evidence", []string{"-in", write("expert.json",
			portfolioWith(`"specialization": "Azure Expert MSP", "enrolled": "2023-05-01", "validatedOn": "2026-01-01"`))},
			`specializations[0] "Azure Expert MSP": renewal data (evidence) for a program with its own yearly audit (REN-1): expert program`},
		{"INT-10 impossible renewed count", []string{"-asof", demoAsOf, "-in", write("many.json",
			portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "renewed": 5`))},
			`specializations[0] "sales": `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != 1 {
				t.Errorf("run(%q) = %d, want 1", tt.args, code)
			}
			if stdout.Len() > 0 {
				t.Errorf("run(%q) wrote %q to stdout, want nothing", tt.args, stdout.String())
			}
			msg := stderr.String()
			if !strings.HasPrefix(msg, "planner: ") || !strings.HasSuffix(msg, "\n") || strings.Count(msg, "\n") != 1 {
				t.Fatalf("run(%q) stderr = %q, want one line starting with \"planner: \"", tt.args, msg)
			}
			if !strings.Contains(msg, tt.fragment) {
				t.Errorf("run(%q) stderr = %q, want it to say %q", tt.args, msg, tt.fragment)
			}
		})
	}
}
