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
		{"input: unknown top-level field", `{"partnr": "x"}`, errUnknownField},
		{"input: unknown entry field", portfolioWith(`"specialization": "sales", "enroled": "2025-01-01"`), errUnknownField},
		{"input: renewed is not a whole number", portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "renewed": 1.5`), errWrongType},
		{"input: control character in the partner name", `{"partner": "a\nb"}`, errControl},
		{"CAT-2 unknown designation", `{"designations": ["data"]}`, errUnknownDesignation},
		{"INT-8 designation anniversary is required", `{"designations": []}`, errMissing},
		{"CAT-3 unknown specialization name", portfolioWith(`"specialization": "Analytics on Azur", "enrolled": "2025-01-01"`), errUnknownSpecialization},
		{"CAT-3 specialization name is required", portfolioWith(`"enrolled": "2025-01-01"`), errMissing},
		{"CAT-3 the same entry twice under two names", strings.Replace(portfolioWith(""), "}]",
			`}, {"specialization": "analytics-on-microsoft-azure", "enrolled": "2025-01-01"}]`, 1), errDuplicate},
		{"INT-1 30 February is no date", portfolioWith(`"specialization": "sales", "enrolled": "2023-02-30"`), date.ErrInvalid},
		{"INT-1 a date must be YYYY-MM-DD", portfolioWith(`"specialization": "sales", "enrolled": "1/2/2025"`), date.ErrSyntax},
		{"INT-2 29 February of a common year is no date", portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "qualifiedOn": "2026-02-29"`), errBadDate},
		{"ENR-1 enrollment date is required", portfolioWith(`"specialization": "sales"`), errMissing},
		{"INT-10 negative renewed count", portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "renewed": -1`), errNegative},
		{"REN-1 expert program given evidence", portfolioWith(`"specialization": "Azure Expert MSP", "enrolled": "2023-05-01", "qualifiedOn": "2026-01-01"`), errExpertEvidence},
		{"REN-1 expert program given a renewed count", portfolioWith(`"specialization": "azure-expert-msp", "enrolled": "2023-05-01", "renewed": 2`), errExpertEvidence},
		{"ENR-4 Business Applications given a validation", portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "validatedOn": "2026-01-01"`), errNoValidation},
		{"INT-5 lapsed before enrolled", portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "lapsed": "2024-01-01"`), errOrder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodePortfolio([]byte(tt.json), "p.json", catalog.Default())
			if !errors.Is(err, tt.want) {
				t.Fatalf("decodePortfolio(%q) = %v, want an error wrapping %v", tt.json, err, tt.want)
			}
			checkOneLine(t, err.Error())
		})
	}
}

func TestPlanErrors(t *testing.T) {
	tests := []struct {
		name  string
		entry string
		want  error
	}{
		{"INT-10 more renewals than windows opened",
			`"specialization": "Analytics on Microsoft Azure", "enrolled": "2025-01-01", "renewed": 3`, errTooManyRenewals},
		{"INT-10 a renewal before the first window opened",
			`"specialization": "sales", "enrolled": "2026-06-01", "renewed": 1`, errTooManyRenewals},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := decodePortfolio([]byte(portfolioWith(tt.entry)), "p.json", catalog.Default())
			if err != nil {
				t.Fatal(err)
			}
			_, err = buildPlan(p, options{asOf: date.MustParse(demoAsOf), format: "text", lang: "en", years: 2})
			if !errors.Is(err, tt.want) {
				t.Fatalf("buildPlan = %v, want an error wrapping %v", err, tt.want)
			}
			checkOneLine(t, err.Error())
		})
	}
}

// TestRunErrors checks what a user sees: one line on standard error,
// "planner: ...", exit status 1 and nothing on standard output. The
// fragment proves the line names the problem.
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
		{"flags: years below 1", []string{"-years", "0"}, "-years: 0 is out of range"},
		{"flags: years not a number", []string{"-years", "two"}, `invalid value "two" for flag -years`},
		{"flags: stray argument", []string{"demo.json"}, `unexpected argument "demo.json"`},
		{"INT-1 -asof 2023-02-30 is no date", []string{"-asof", "2023-02-30"}, "no such calendar day"},
		{"INT-1 -asof must be YYYY-MM-DD", []string{"-asof", "24/11/2026"}, "not of the form YYYY-MM-DD"},
		{"input: missing file", []string{"-in", filepath.Join(dir, "nope.json")}, "no such file or directory"},
		{"input: a directory", []string{"-in", dir}, "is a directory"},
		{"input: malformed JSON with its place", []string{"-in", write("bad.json", "{\n  \"partner\": \"x\",\n}")}, "bad.json:3:1: malformed JSON"},
		{"input: unknown field with its place", []string{"-in", write("field.json", "{\n  \"parnter\": \"x\"\n}")}, `field.json:2:3: unknown field "parnter"`},
		{"CAT-3 unknown name suggests close names", []string{"-in", write("name.json",
			portfolioWith(`"specialization": "Analytics on Azur", "enrolled": "2025-01-01"`))},
			`unknown specialization "Analytics on Azur"; did you mean "Analytics on Microsoft Azure"?`},
		{"CAT-3 a name with a percent sign is quoted as given", []string{"-in", write("pct.json",
			portfolioWith(`"specialization": "50%off", "enrolled": "2025-01-01"`))},
			`unknown specialization "50%off"`},
		{"INT-1 invalid date in the file", []string{"-in", write("date.json",
			portfolioWith(`"specialization": "sales", "enrolled": "2023-02-30"`))},
			`specializations[0]: enrolled: bad date "2023-02-30": no such calendar day`},
		{"REN-1 expert program given evidence", []string{"-in", write("expert.json",
			portfolioWith(`"specialization": "Azure Expert MSP", "enrolled": "2023-05-01", "validatedOn": "2026-01-01"`))},
			"Azure Expert MSP: expert programs take no renewal data"},
		{"INT-10 negative renewed count", []string{"-in", write("neg.json",
			portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "renewed": -2`))},
			"renewed: negative count: -2"},
		{"INT-10 impossible renewed count", []string{"-asof", demoAsOf, "-in", write("many.json",
			portfolioWith(`"specialization": "sales", "enrolled": "2025-01-01", "renewed": 5`))},
			"more renewals than renewal windows"},
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

// checkOneLine fails unless msg is a non-empty single line.
func checkOneLine(t *testing.T, msg string) {
	t.Helper()
	if msg == "" || strings.ContainsAny(msg, "\r\n") {
		t.Errorf("error %q is not one line", msg)
	}
}
