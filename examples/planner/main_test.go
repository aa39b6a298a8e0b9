package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// demoAsOf is the fixed day of the golden files and of CI's run.
const demoAsOf = "2026-11-24"

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
		file string
	}{
		{"EDN-2 text report of the demo", []string{"-asof", demoAsOf}, "demo.txt.golden"},
		{"EDN-2 JSON of the demo", []string{"-asof", demoAsOf, "-format", "json"}, "demo.json.golden"},
		{"INT-7 iCalendar of the demo", []string{"-asof", demoAsOf, "-format", "ics"}, "demo.ics.golden"},
		{"EDN-2 Chinese text report of the demo", []string{"-asof", demoAsOf, "-lang", "zh-Hans"}, "demo.zh-Hans.txt.golden"},
		{"EDN-2 Chinese JSON of the demo", []string{"-asof", demoAsOf, "-format", "json", "-lang", "zh-Hans"}, "demo.zh-Hans.json.golden"},
		{"INT-7 Chinese iCalendar of the demo", []string{"-asof", demoAsOf, "-format", "ics", "-lang", "zh-Hans"}, "demo.zh-Hans.ics.golden"},
		{"EDN-3 text report of the demo before the 2026-07-31 retirements", []string{"-asof", "2026-06-01"}, "demo.2026-06-01.txt.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkGolden(t, tt.file, tt.args...) })
	}
}

// mustRun runs the program and fails the test unless it exits 0 with
// nothing on standard error.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 || stderr.Len() > 0 {
		t.Fatalf("run(%q) = %d, stderr %q; want 0 and no message", args, code, stderr.String())
	}
	return stdout.String()
}

func TestTextFitsEightyColumns(t *testing.T) {
	for _, lang := range []string{"en", "zh-Hans"} {
		for n, line := range strings.Split(mustRun(t, "-asof", demoAsOf, "-lang", lang), "\n") {
			if w := cells(line); w > 80 {
				t.Errorf("-lang %s line %d is %d cells wide, want <= 80: %q", lang, n+1, w, line)
			}
		}
	}
}

func TestDefaultAsOfIsToday(t *testing.T) {
	today := func() date.Date { return date.MustParse(demoAsOf) }
	var implicit, stderr bytes.Buffer
	if code := runIO([]string{"-format", "json"}, nil, &implicit, &stderr, today); code != 0 {
		t.Fatalf("runAt without -asof = %d, stderr %q", code, stderr.String())
	}
	explicit := mustRun(t, "-asof", demoAsOf, "-format", "json")
	if diff := cmp.Diff(explicit, implicit.String()); diff != "" {
		t.Errorf("without -asof the plan is not today's (-want +got):\n%s", diff)
	}
}

func TestHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-h"}, &stdout, &stderr); code != 0 || stderr.Len() > 0 {
		t.Fatalf("run(-h) = %d, stderr %q; want 0 and no message", code, stderr.String())
	}
	for _, want := range []string{"usage: planner", "-in FILE", "-lang string", "zh-CN", "html", "1 MiB"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("run(-h) printed %q, want it to mention %q", stdout.String(), want)
		}
	}
}

func TestInputFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.json")
	if err := os.WriteFile(path, demo, 0o644); err != nil {
		t.Fatal(err)
	}
	got := mustRun(t, "-in", path, "-asof", demoAsOf)
	if diff := cmp.Diff(mustRun(t, "-asof", demoAsOf), got); diff != "" {
		t.Errorf("-in with the demo's bytes differs from the built-in demo (-want +got):\n%s", diff)
	}
}

func TestStandardInput(t *testing.T) {
	for _, tt := range []struct{ name, input string }{
		{"input: -in - reads standard input", string(demo)},
		{"input: a UTF-8 byte-order mark is accepted", "\uFEFF" + string(demo)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			today := func() date.Date { t.Fatal("read the clock"); return date.Date{} }
			if code := runIO([]string{"-in", "-", "-asof", demoAsOf}, strings.NewReader(tt.input), &stdout, &stderr, today); code != 0 {
				t.Fatalf("run(-in -) = %d, stderr %q", code, stderr.String())
			}
			if diff := cmp.Diff(mustRun(t, "-asof", demoAsOf), stdout.String()); diff != "" {
				t.Errorf("-in - with the demo's bytes differs from the built-in demo (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGoRun runs the README's first command the way a newcomer does.
func TestGoRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(goTool, "run", ".", "-asof", demoAsOf).CombinedOutput()
	if err != nil {
		t.Fatalf("go run . -asof %s: %v\n%s", demoAsOf, err, out)
	}
	if diff := cmp.Diff(mustRun(t, "-asof", demoAsOf), string(out)); diff != "" {
		t.Errorf("go run output (-want +got):\n%s", diff)
	}
}

// TestREADME keeps the README's planner section true: its portfolio
// example is the demo file and its sample report is how the report of the
// demo starts.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Skip("no README.md two directories up")
	}
	blocks := fencedBlocks(string(readme))
	var sawDemo, sawReport bool
	for _, b := range blocks {
		switch {
		case b.lang == "json" && strings.Contains(b.body, `"specializations"`):
			sawDemo = true
			if diff := cmp.Diff(string(demo), b.body); diff != "" {
				t.Errorf("README portfolio example differs from testdata/demo.json (-want +got):\n%s", diff)
			}
		case b.lang == "text" && strings.HasPrefix(b.body, "Contoso Cloud Ltd"):
			sawReport = true
			if report := mustRun(t, "-asof", demoAsOf); !strings.HasPrefix(report, b.body) {
				t.Errorf("README sample report is not how the demo report starts:\n%s", b.body)
			}
		}
	}
	if !sawDemo || !sawReport {
		t.Errorf("README has the demo portfolio: %v, the sample report: %v; want both", sawDemo, sawReport)
	}
}

type fenced struct{ lang, body string }

// fencedBlocks returns the ``` blocks of a Markdown text, each body with
// its final newline.
func fencedBlocks(md string) []fenced {
	var blocks []fenced
	var cur *fenced
	for _, line := range strings.SplitAfter(md, "\n") {
		trimmed := strings.TrimRight(line, "\n")
		switch {
		case cur == nil && strings.HasPrefix(trimmed, "```"):
			cur = &fenced{lang: strings.TrimPrefix(trimmed, "```")}
		case cur != nil && trimmed == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.body += line
		}
	}
	return blocks
}

func BenchmarkRun(b *testing.B) {
	for _, format := range []string{"text", "json", "ics"} {
		b.Run(format, func(b *testing.B) {
			args := []string{"-asof", demoAsOf, "-format", format}
			b.ReportAllocs()
			for b.Loop() {
				var out, errs bytes.Buffer
				if run(args, &out, &errs) != 0 {
					b.Fatal(errs.String())
				}
			}
		})
	}
}

func TestLanguageTags(t *testing.T) {
	for _, tt := range []struct{ name, lang, same string }{
		{"EDN-2 -lang zh is Simplified Chinese", "zh", "zh-Hans"},
		{"EDN-2 -lang zh-CN is Simplified Chinese", "zh-CN", "zh-Hans"},
		{"EDN-2 -lang ZH_hans is Simplified Chinese", "ZH_hans", "zh-Hans"},
		{"EDN-2 -lang en-US is English", "en-US", "en"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, format := range []string{"text", "json", "ics"} {
				want := mustRun(t, "-asof", demoAsOf, "-format", format, "-lang", tt.same)
				if diff := cmp.Diff(want, mustRun(t, "-asof", demoAsOf, "-format", format, "-lang", tt.lang)); diff != "" {
					t.Errorf("-format %s -lang %s differs from -lang %s (-want +got):\n%s", format, tt.lang, tt.same, diff)
				}
			}
		})
	}
}

// holdingStates runs the planner on a portfolio and returns each holding's
// state and name from its JSON output.
func holdingStates(t *testing.T, file string, args ...string) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "p.json")
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	var p struct {
		Specializations []struct{ State, Name, Outcome string }
	}
	if err := json.Unmarshal([]byte(mustRun(t, append([]string{"-in", path, "-format", "json"}, args...)...)), &p); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range p.Specializations {
		got = append(got, s.Name+": "+s.State+" "+s.Outcome)
	}
	return got
}

func TestHoldings(t *testing.T) {
	tests := []struct {
		name string
		file string
		args []string
		want []string
	}{
		{"INT-5 an as-of day before the enrollment is not enrolled yet",
			portfolioWith(`"specialization": "Analytics on Microsoft Azure", "enrolled": "2027-01-10", "renewed": 2`),
			[]string{"-asof", demoAsOf}, []string{"Analytics on Azure: not-enrolled "}},
		{"INT-5 an entry earned again after a lapse is a second holding",
			strings.Replace(portfolioWith(`"specialization": "sales", "enrolled": "2023-03-01"`), "}]",
				`}, {"specialization": "Sales", "enrolled": "2025-01-10", "renewed": 1}]`, 1),
			[]string{"-asof", demoAsOf}, []string{"Sales: lapsed lapsed", "Sales: renewal pending"}},
		{"INT-10 a stored enrollment that fell behind is shown behind",
			portfolioWith(`"specialization": "sales", "enrolled": "2024-12-15", "qualifiedOn": "2025-11-01"`),
			[]string{"-asof", demoAsOf}, []string{"Sales: behind renewed"}},
		{"EDN-3 a retired entry is shown retired",
			portfolioWith(`"specialization": "kubernetes", "enrolled": "2024-03-01", "renewed": 2`),
			[]string{"-asof", demoAsOf}, []string{"Kubernetes on Microsoft Azure: retired retired"}},
		{"EDN-6 a 2021 Windows Server migration is carried over",
			portfolioWith(`"specialization": "Windows Server and SQL Server Migration to Microsoft Azure", "enrolled": "2021-05-17", "renewed": 5`),
			[]string{"-asof", demoAsOf}, []string{"Infra and Database Migration to Microsoft Azure: carried-over not-due"}},
		{"EDN-2 a former name is shown as the name in force on the as-of day",
			portfolioWith(`"specialization": "Information Protection and Governance", "enrolled": "2025-01-01", "renewed": 1`),
			[]string{"-asof", demoAsOf}, []string{"Data Security: renewal not-due"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, holdingStates(t, tt.file, tt.args...)); diff != "" {
				t.Errorf("states (-want +got):\n%s", diff)
			}
		})
	}
}

// checkGolden runs the planner with args and compares its output with
// testdata/file, or rewrites the file under -update.
func checkGolden(t *testing.T, file string, args ...string) {
	t.Helper()
	got := mustRun(t, args...)
	path := filepath.Join("testdata", file)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("run(%q) (-want +got):\n%s", args, diff)
	}
}
