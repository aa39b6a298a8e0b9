package webcheck

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"
	"github.com/google/go-cmp/cmp"
)

// TestCalendar parses the demo's calendar with a real iCalendar parser and
// checks every event as a calendar application reads it.
func TestCalendar(t *testing.T) {
	for _, lang := range []string{"en", "zh-Hans"} {
		out := planner(t, "-format", "ics", "-asof", asOf, "-lang", lang)
		cal, err := ics.ParseCalendar(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("-lang %s: ParseCalendar: %v", lang, err)
		}
		ps, cancelled := calendarProblems(cal)
		for _, p := range ps {
			t.Errorf("-lang %s: %s", lang, p)
		}
		t.Logf("-lang %s: %d events, %d cancelled", lang, len(cal.Events()), cancelled)
	}
}

// calendarProblems lists what is wrong with the events of cal: none at
// all, a missing or malformed UID, DTSTAMP, DTSTART or SUMMARY, a UID used
// twice, and a cancelled event whose SEQUENCE is not above 0 (RFC 5545
// 3.8.7.4: a calendar replaces an event it has only with a higher one). It
// also returns the number of cancelled events.
func calendarProblems(cal *ics.Calendar) ([]string, int) {
	var ps []string
	add := func(format string, args ...any) { ps = append(ps, fmt.Sprintf(format, args...)) }
	events := cal.Events()
	if len(events) == 0 {
		add("no events")
	}
	seen, cancelled := map[string]bool{}, 0
	for i, ev := range events {
		uid := value(ev, ics.ComponentPropertyUniqueId)
		for _, p := range []ics.ComponentProperty{ics.ComponentPropertyUniqueId, ics.ComponentPropertyDtstamp,
			ics.ComponentPropertyDtStart, ics.ComponentPropertySummary} {
			if value(ev, p) == "" {
				add("event %d (%s) has no %s", i, uid, p)
			}
		}
		if _, err := ev.GetDtStampTime(); value(ev, ics.ComponentPropertyDtstamp) != "" && err != nil {
			add("event %d (%s): DTSTAMP: %v", i, uid, err)
		}
		if _, err := ev.GetAllDayStartAt(); value(ev, ics.ComponentPropertyDtStart) != "" && err != nil {
			add("event %d (%s): DTSTART: %v", i, uid, err)
		}
		if uid != "" && seen[uid] {
			add("event %d: UID %s used twice", i, uid)
		}
		seen[uid] = true
		if strings.EqualFold(value(ev, ics.ComponentPropertyStatus), "CANCELLED") {
			cancelled++
			if n, err := strconv.Atoi(value(ev, ics.ComponentPropertySequence)); err != nil || n <= 0 {
				add("event %d (%s) is cancelled with SEQUENCE %q, want above 0", i, uid, value(ev, ics.ComponentPropertySequence))
			}
		}
	}
	return ps, cancelled
}

// value is the value of property p of ev, "" when absent.
func value(ev *ics.VEvent, p ics.ComponentProperty) string {
	if prop := ev.GetProperty(p); prop != nil {
		return strings.TrimSpace(prop.Value)
	}
	return ""
}

// TestCalendarProblems shows that each check of TestCalendar can fail.
func TestCalendarProblems(t *testing.T) {
	const good = "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20261124T000000Z\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:Window\r\nEND:VEVENT\r\n"
	const cancelled = "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTAMP:20261124T000000Z\r\nDTSTART;VALUE=DATE:20270102\r\nSUMMARY:Reminder\r\n" +
		"STATUS:CANCELLED\r\nSEQUENCE:%s\r\nEND:VEVENT\r\n"
	for _, tc := range []struct {
		name, events string
		want         []string
	}{
		{"good events", good + fmt.Sprintf(cancelled, "1"), nil},
		{"no events", "", []string{"no events"}},
		{"no DTSTAMP", strings.Replace(good, "DTSTAMP:20261124T000000Z\r\n", "", 1), []string{"event 0 (a@x) has no DTSTAMP"}},
		{"a malformed DTSTART", strings.Replace(good, ":20270101", ":2027-01-01", 1),
			[]string{"event 0 (a@x): DTSTART: time value not matched, got '2027-01-01'"}},
		{"no SUMMARY", strings.Replace(good, "SUMMARY:Window\r\n", "", 1), []string{"event 0 (a@x) has no SUMMARY"}},
		{"a UID twice", good + good, []string{"event 1: UID a@x used twice"}},
		{"cancelled at SEQUENCE 0", good + fmt.Sprintf(cancelled, "0"),
			[]string{`event 1 (b@x) is cancelled with SEQUENCE "0", want above 0`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + tc.events + "END:VCALENDAR\r\n"
			cal, err := ics.ParseCalendar(strings.NewReader(text))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := calendarProblems(cal)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("calendarProblems mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
