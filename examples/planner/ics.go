package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
)

// writeICS writes the agenda as an iCalendar file (RFC 5545), with no
// dependency. Content lines end in CRLF and are folded at 75 octets, never
// inside a UTF-8 sequence (3.1); TEXT values are escaped (3.3.11); every
// event is all-day, DTSTART;VALUE=DATE with an exclusive DTEND the next
// day, and transparent (3.6.1).
//
// Updates: a UID is derived from the partner, the holding (its entry and
// enrollment day, which never change), the kind of event and its day, so
// re-importing a later run updates events instead of duplicating them
// (3.8.4.7). Agenda events have SEQUENCE:0; the events of a renewed cycle
// that are no longer due (report.Cancelled) have STATUS:CANCELLED and
// SEQUENCE:1, so a calendar replaces the version it holds (3.8.7.4).
// DTSTAMP is the as-of day at 00:00:0S UTC, S the sequence: the program
// reads no clock, later as-of days stamp later, and on one day a cancelled
// version is stamped after the published one.
func writeICS(b *bytes.Buffer, r report) error {
	lines := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//partnerkit//specializations planner//EN",
		"CALSCALE:GREGORIAN", "METHOD:PUBLISH"}
	if r.Partner != "" {
		lines = append(lines, "X-WR-CALNAME:"+escapeText(trf(r.Lang, "Specializations: %s", r.Partner)))
	}
	for k, e := range append(r.Agenda[:len(r.Agenda):len(r.Agenda)], r.Cancelled...) {
		lines = append(lines, vevent(r, e, k >= len(r.Agenda))...)
	}
	for _, l := range append(lines, "END:VCALENDAR") {
		foldLine(b, l)
	}
	return nil
}

// vevent returns the content lines of one event, unfolded.
func vevent(r report, e portfolio.Event, cancelled bool) []string {
	seq, status, desc := 0, "CONFIRMED", e.Text(r.Lang)
	if cancelled {
		seq, status = 1, "CANCELLED"
		desc = trf(r.Lang, "Cancelled: the cycle renewed on %s, so this is no longer due (INT-7).", r.Status.Holdings[e.Holding].Decision.RenewedOn) + "\n" + desc
	}
	summary := tr(r.Lang, kindWord(e.Kind))
	if e.Holding >= 0 {
		summary = trf(r.Lang, "%s: %s", e.Item.LocalName(r.Lang), summary)
	}
	end := "DTEND;VALUE=DATE:" + icalDate(e.Date.AddDays(1))
	if e.Date.AddDays(1).IsZero() { // 9999-12-31 has no next day
		end = ""
	}
	return slices.DeleteFunc([]string{"BEGIN:VEVENT", "UID:" + eventUID(r, e), fmt.Sprintf("DTSTAMP:%sT00000%dZ", icalDate(r.AsOf), seq),
		"DTSTART;VALUE=DATE:" + icalDate(e.Date), end, fmt.Sprint("SEQUENCE:", seq), "STATUS:" + status,
		"SUMMARY:" + escapeText(summary), "DESCRIPTION:" + escapeText(desc), "TRANSP:TRANSPARENT", "END:VEVENT"},
		func(l string) bool { return l == "" })
}

// kindWord names an event kind in a calendar summary.
func kindWord(k portfolio.EventKind) string {
	words := []string{"", "designation anniversary", "retires", "renewal window opens", "renewal reminder", "anniversary", "last day to renew"}
	if int(k) < len(words) {
		return words[k]
	}
	return k.String()
}

// eventUID is stable across runs and languages (see the file comment).
// The partner name is hashed: it may hold any character.
func eventUID(r report, e portfolio.Event) string {
	p := sha256.Sum256([]byte(r.Partner))
	holding := "partner"
	if e.Holding >= 0 {
		h := r.Status.Holdings[e.Holding].Holding
		holding = string(h.ID) + "-" + icalDate(h.Enrolled)
	}
	kind, _ := e.Kind.MarshalText() // the slug: String is the English name
	return fmt.Sprintf("%s-%s-%s-%s@planner.partnerkit", hex.EncodeToString(p[:6]), holding, kind, icalDate(e.Date))
}

// maxLineOctets is the longest content line, CRLF excluded (RFC 5545 3.1).
const maxLineOctets = 75

// foldLine appends line to b as one or more physical lines of at most
// maxLineOctets octets each, each ended by CRLF; continuation lines start
// with a space. It cuts only before the first octet of a UTF-8 sequence.
func foldLine(b *bytes.Buffer, line string) {
	limit := maxLineOctets
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut])
		b.WriteString("\r\n ")
		line = line[cut:]
		limit = maxLineOctets - 1 // the leading space
	}
	b.WriteString(line)
	b.WriteString("\r\n")
}

// escapeText returns s as an RFC 5545 TEXT value: \ ; , escaped, every line
// break (CRLF, CR or LF) as \n, other control characters dropped, invalid
// UTF-8 replaced by U+FFFD.
func escapeText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r == '\t' || (r >= 0x20 && r != 0x7f):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// icalDate writes d as YYYYMMDD.
func icalDate(d date.Date) string {
	return strings.ReplaceAll(d.String(), "-", "")
}
