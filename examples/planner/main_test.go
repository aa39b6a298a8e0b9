package main

import (
	"bytes"
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
		{"text report of the demo", []string{"-asof", demoAsOf}, "demo.txt.golden"},
		{"JSON of the demo", []string{"-asof", demoAsOf, "-format", "json"}, "demo.json.golden"},
		{"iCalendar of the demo", []string{"-asof", demoAsOf, "-format", "ics"}, "demo.ics.golden"},
		{"Chinese text report of the demo", []string{"-asof", demoAsOf, "-lang", "zh-Hans"}, "demo.zh-Hans.txt.golden"},
		{"Chinese iCalendar of the demo", []string{"-asof", demoAsOf, "-format", "ics", "-lang", "zh-Hans"}, "demo.zh-Hans.ics.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustRun(t, tt.args...)
			path := filepath.Join("testdata", tt.file)
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
				t.Errorf("run(%q) (-want +got):\n%s", tt.args, diff)
			}
		})
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
	if code := runAt([]string{"-format", "json"}, &implicit, &stderr, today); code != 0 {
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
	if !strings.HasPrefix(stdout.String(), "usage: planner") {
		t.Errorf("run(-h) printed %q, want the usage", stdout.String())
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
