package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
)

func TestEscapeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"RFC5545-3.3.11 backslash is escaped", `a\b`, `a\\b`},
		{"RFC5545-3.3.11 semicolon is escaped", "a;b", `a\;b`},
		{"RFC5545-3.3.11 comma is escaped", "a, b", `a\, b`},
		{"RFC5545-3.3.11 LF is \\n", "a\nb", `a\nb`},
		{"RFC5545-3.3.11 CRLF is one \\n", "a\r\nb", `a\nb`},
		{"RFC5545-3.3.11 lone CR is \\n", "a\rb", `a\nb`},
		{"RFC5545-3.3.11 colon and quote stay", `a:"b"`, `a:"b"`},
		{"RFC5545-3.3.11 tab stays", "a\tb", "a\tb"},
		{"RFC5545-3.3.11 other controls are dropped", "a\x00\x1b\x7fb", "ab"},
		{"RFC5545-3.1 invalid UTF-8 becomes U+FFFD", "a\xffb", "a\uFFFDb"},
		{"RFC5545-3.3.11 Chinese passes through", "续订，窗口", `续订，窗口`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, escapeText(tt.in)); diff != "" {
				t.Errorf("escapeText(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestFoldLine(t *testing.T) {
	tests := []struct {
		name string
		line string
	}{
		{"RFC5545-3.1 short line is not folded", "SUMMARY:short"},
		{"RFC5545-3.1 exactly 75 octets is not folded", "SUMMARY:" + strings.Repeat("x", 67)},
		{"RFC5545-3.1 76 octets fold once", "SUMMARY:" + strings.Repeat("x", 68)},
		{"RFC5545-3.1 long ASCII folds many times", "DESCRIPTION:" + strings.Repeat("abcdefghij", 40)},
		{"RFC5545-3.1 200-byte Chinese summary keeps UTF-8 whole", "SUMMARY:" + strings.Repeat("续订窗口", 17)},
		{"RFC5545-3.1 4-byte runes keep UTF-8 whole", "SUMMARY:" + strings.Repeat("😀", 60)},
		{"RFC5545-3.1 mixed widths", "SUMMARY:a" + strings.Repeat("é续😀", 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			foldLine(&b, tt.line)
			out := b.String()
			if !strings.HasSuffix(out, "\r\n") {
				t.Fatalf("foldLine(%q) = %q, want a CRLF at the end", tt.line, out)
			}
			physical := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
			for i, l := range physical {
				if len(l) > maxLineOctets {
					t.Errorf("line %d is %d octets, want <= %d: %q", i, len(l), maxLineOctets, l)
				}
				if !utf8.ValidString(l) {
					t.Errorf("line %d splits a UTF-8 sequence: %q", i, l)
				}
				if i > 0 && !strings.HasPrefix(l, " ") {
					t.Errorf("continuation line %d does not start with a space: %q", i, l)
				}
				if strings.ContainsAny(l, "\r\n") {
					t.Errorf("line %d holds a bare CR or LF: %q", i, l)
				}
			}
			if diff := cmp.Diff(tt.line, unfold(out)); diff != "" {
				t.Errorf("unfold(foldLine(%q)) (-want +got):\n%s", tt.line, diff)
			}
			wantLines := 1
			if len(tt.line) > maxLineOctets {
				wantLines = 2
			}
			if len(physical) < wantLines {
				t.Errorf("foldLine(%q) gave %d lines, want at least %d", tt.line, len(physical), wantLines)
			}
		})
	}
}

// unfold undoes folding as RFC 5545 3.1 says a reader must: remove every
// CRLF followed by a single space or tab, then the final CRLF.
func unfold(s string) string {
	s = strings.ReplaceAll(s, "\r\n ", "")
	s = strings.ReplaceAll(s, "\r\n\t", "")
	return strings.TrimSuffix(s, "\r\n")
}

func TestFoldLineUsesWholeLines(t *testing.T) {
	// RFC5545-3.1: folding may happen anywhere, but an ASCII line should use
	// all 75 octets before folding, so the first line is exactly 75 octets.
	var b bytes.Buffer
	foldLine(&b, strings.Repeat("y", 200))
	got := strings.Split(b.String(), "\r\n")
	want := []string{strings.Repeat("y", 75), " " + strings.Repeat("y", 74), " " + strings.Repeat("y", 51), ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("foldLine of 200 octets (-want +got):\n%s", diff)
	}
}

func FuzzFoldEscape(f *testing.F) {
	f.Add("续订窗口，已开启；a\\b\r\nc")
	f.Add(strings.Repeat("é", 100))
	f.Fuzz(func(t *testing.T, s string) {
		var b bytes.Buffer
		foldLine(&b, "SUMMARY:"+escapeText(s))
		out := b.String()
		for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
			if len(l) > maxLineOctets || !utf8.ValidString(l) || strings.ContainsAny(l, "\r\n") {
				t.Fatalf("bad physical line %q from %q", l, s)
			}
		}
		if got := unfold(out); strings.ContainsAny(got, "\r\n") {
			t.Fatalf("unfolded line %q holds a line break", got)
		}
	})
}

// TestICSDemo checks the demo calendar against RFC 5545 as a reader would:
// CRLF everywhere, folded lines, one all-day VEVENT per event with the
// required properties and an exclusive DTEND on the next day.
func TestICSDemo(t *testing.T) {
	for _, lang := range []string{"en", "zh-Hans"} {
		out := mustRun(t, "-asof", demoAsOf, "-format", "ics", "-lang", lang)
		if strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") || !strings.HasSuffix(out, "\r\n") {
			t.Fatalf("-lang %s: not every line ends in CRLF (RFC5545-3.1)", lang)
		}
		for _, l := range strings.Split(out, "\r\n") {
			if len(l) > maxLineOctets || !utf8.ValidString(l) {
				t.Errorf("-lang %s: physical line %q breaks RFC5545-3.1", lang, l)
			}
		}
		lines := strings.Split(unfold(out), "\r\n")
		if diff := cmp.Diff([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//partnerkit//specializations planner//EN"}, lines[:3]); diff != "" {
			t.Errorf("-lang %s: calendar header (-want +got):\n%s", lang, diff)
		}
		if lines[len(lines)-1] != "END:VCALENDAR" {
			t.Errorf("-lang %s: last line %q, want END:VCALENDAR", lang, lines[len(lines)-1])
		}
		checkEvents(t, lines)
	}
}

// checkEvents checks each VEVENT of unfolded lines.
func checkEvents(t *testing.T, lines []string) {
	t.Helper()
	var props map[string]string
	for _, l := range lines {
		switch {
		case l == "BEGIN:VEVENT":
			props = map[string]string{}
		case l == "END:VEVENT":
			for _, p := range []string{"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"} {
				if props[p] == "" {
					t.Errorf("VEVENT %v lacks %s (RFC5545-3.6.1)", props, p)
				}
			}
			start, err1 := date.Parse(props["DTSTART;VALUE=DATE"][:4] + "-" + props["DTSTART;VALUE=DATE"][4:6] + "-" + props["DTSTART;VALUE=DATE"][6:])
			end, err2 := date.Parse(props["DTEND;VALUE=DATE"][:4] + "-" + props["DTEND;VALUE=DATE"][4:6] + "-" + props["DTEND;VALUE=DATE"][6:])
			if err1 != nil || err2 != nil || end.DaysSince(start) != 1 {
				t.Errorf("VEVENT %v: DTEND is not the day after DTSTART (RFC5545-3.6.1 all-day event)", props)
			}
			props = nil
		case props != nil:
			if name, value, ok := strings.Cut(l, ":"); ok {
				props[name] = value
			}
		}
	}
}

// vevents parses the unfolded VEVENTs of a calendar into their properties,
// keyed by UID.
func vevents(t *testing.T, ics string) map[string]map[string]string {
	t.Helper()
	events := map[string]map[string]string{}
	var props map[string]string
	for _, l := range strings.Split(unfold(ics), "\r\n") {
		switch {
		case l == "BEGIN:VEVENT":
			props = map[string]string{}
		case l == "END:VEVENT":
			if events[props["UID"]] != nil {
				t.Fatalf("UID %s used twice (RFC5545-3.8.4.7)", props["UID"])
			}
			events[props["UID"]], props = props, nil
		case props != nil:
			if name, value, ok := strings.Cut(l, ":"); ok {
				props[name] = value
			}
		}
	}
	return events
}

// TestCalendarUpdates publishes the demo's calendar before Sales renewed
// (its qualifiedOn not yet in the file) and again after, and checks what a
// calendar that imports both ends up with: every event of the first run
// still in range is in the second, by UID; the reminders after the renewal
// day and the deadline of the renewed cycle come back cancelled with a
// higher SEQUENCE and a later DTSTAMP, so they replace what was published.
func TestCalendarUpdates(t *testing.T) {
	dir := t.TempDir()
	before := filepath.Join(dir, "before.json")
	if err := os.WriteFile(before, bytes.Replace(demo, []byte(`"enrolled": "2025-12-15",
      "qualifiedOn": "2026-11-01"`), []byte(`"enrolled": "2025-12-15"`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	wantCancelled := []string{"reminder-20261215", "reminder-20270114", "deadline-20270114"}
	for _, tt := range []struct{ name, firstAsOf string }{
		{"INT-7 a renewal between two runs cancels its pointless events", "2026-10-20"},
		{"INT-7 two runs on one day are ordered by SEQUENCE and DTSTAMP", demoAsOf},
	} {
		t.Run(tt.name, func(t *testing.T) {
			first := vevents(t, mustRun(t, "-in", before, "-asof", tt.firstAsOf, "-format", "ics"))
			second := vevents(t, mustRun(t, "-asof", demoAsOf, "-format", "ics"))
			var cancelled []string
			for uid, old := range first {
				start := old["DTSTART;VALUE=DATE"]
				if start < "20261124" || start > "20281020" {
					continue // outside the second run's range
				}
				now, ok := second[uid]
				switch {
				case !ok:
					t.Errorf("event %s (%s) was published and is dropped, not cancelled", uid, old["SUMMARY"])
				case now["STATUS"] == "CANCELLED":
					cancelled = append(cancelled, uid)
					if now["SEQUENCE"] <= old["SEQUENCE"] || now["DTSTAMP"] <= old["DTSTAMP"] {
						t.Errorf("cancelled %s: SEQUENCE %s, DTSTAMP %s; want both above the published %s, %s",
							uid, now["SEQUENCE"], now["DTSTAMP"], old["SEQUENCE"], old["DTSTAMP"])
					}
				case now["SEQUENCE"] != old["SEQUENCE"]:
					t.Errorf("event %s changed SEQUENCE %s to %s without being cancelled", uid, old["SEQUENCE"], now["SEQUENCE"])
				}
			}
			var got []string
			for _, uid := range cancelled {
				for _, w := range wantCancelled {
					if strings.Contains(uid, "-sales-20251215-"+w+"@") {
						got = append(got, w)
					}
				}
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(wantCancelled))
			if diff := cmp.Diff(want, got); diff != "" || len(cancelled) != len(want) {
				t.Errorf("cancelled %q; Sales events (-want +got):\n%s", cancelled, diff)
			}
		})
	}
}

// TestCancelledEventsProperty walks the demo over a year: on every day,
// each reminder and deadline of a renewed cycle under review that falls in
// the calendar's range is either on the agenda or cancelled, never both
// and never neither (INT-7 is applied by Agenda once; the planner only
// publishes its complement).
func TestCancelledEventsProperty(t *testing.T) {
	in, err := decodePortfolio(demo, "demo.json", catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	for d := date.MustParse("2026-07-01"); d.Before(date.MustParse("2027-07-01")); d = d.AddDays(1) {
		r, err := buildReport(in, options{asOf: d, until: d.AddMonths(24), lang: "en", years: 2}, "demo.json")
		if err != nil {
			t.Fatal(err)
		}
		type key struct {
			holding int
			kind    portfolio.EventKind
			day     date.Date
		}
		count := map[key]int{}
		for _, e := range append(slices.Clone(r.Agenda), r.Cancelled...) {
			count[key{e.Holding, e.Kind, e.Date}]++
		}
		for _, h := range r.Status.Holdings {
			c := h.Decision.Cycle
			if !h.HasDecision() || h.Decision.RenewedOn.IsZero() {
				continue
			}
			days := []key{{h.Index, portfolio.EventDeadline, c.ValidTo}}
			for day := range r.Planner.Policy.Reminders(c) {
				days = append(days, key{h.Index, portfolio.EventReminder, day})
			}
			for _, k := range days {
				if !k.day.Before(d) && !k.day.After(r.Until) && count[k] != 1 {
					t.Fatalf("as of %s: %v of holding %d on %s listed %d times (agenda and cancelled), want once",
						d, k.kind, k.holding, k.day, count[k])
				}
			}
		}
	}
}
