package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/partnerkit/specializations/date"
)

// This file writes the agenda as an iCalendar file (RFC 5545), with no
// iCalendar dependency. The rules it follows:
//
//   - Content lines end in CRLF (3.1). A line longer than 75 octets, CRLF
//     excluded, is folded by inserting CRLF and one space; the space counts
//     towards the next line's 75 octets; a fold never splits a UTF-8
//     sequence.
//   - TEXT values escape backslash, semicolon and comma with a backslash,
//     and a line break as \n (3.3.11); other control characters are
//     dropped.
//   - Every event is all-day: DTSTART;VALUE=DATE with an exclusive DTEND on
//     the next day (3.6.1), and transparent: it blocks no time.
//
// Updates. The UID of an event is derived from the partner, the holding
// (its entry and enrollment day, which never change), the kind of event
// and its day, so re-importing a new run updates events instead of
// duplicating them (3.8.4.7). An event of the agenda has SEQUENCE:0; an
// event withdrawn because its cycle renewed (report.Cancelled) has
// STATUS:CANCELLED and SEQUENCE:1, so a calendar replaces the version it
// has (3.8.7.4). DTSTAMP is the as-of day at 00:00:0S UTC, S the sequence:
// the program reads no clock, runs on later days stamp later, and on one
// day the cancelled version of an event is stamped after the published one.

// prodID names the program in the calendar (RFC 5545 3.7.3).
const prodID = "-//partnerkit//specializations planner//EN"

// maxLineOctets is the longest content line, CRLF excluded (RFC 5545 3.1).
const maxLineOctets = 75

// writeICS writes the agenda and the cancelled events as a calendar.
func writeICS(b *bytes.Buffer, r report) {
	m := messagesFor(r.Lang)
	var w icalWriter
	w.prop("BEGIN", "VCALENDAR")
	w.prop("VERSION", "2.0")
	w.prop("PRODID", prodID)
	w.prop("CALSCALE", "GREGORIAN")
	w.prop("METHOD", "PUBLISH")
	if r.Partner != "" {
		w.text("X-WR-CALNAME", fmt.Sprintf(m.calName, r.Partner))
	}
	for _, e := range allEvents(r) {
		writeEvent(&w, r, m, e)
	}
	w.prop("END", "VCALENDAR")
	b.Write(w.buf.Bytes())
}

// writeEvent writes one VEVENT.
func writeEvent(w *icalWriter, r report, m *messages, e calEvent) {
	seq, status, desc := 0, "CONFIRMED", e.Text(r.Lang)
	if e.cancelled {
		seq, status = 1, "CANCELLED"
		desc = fmt.Sprintf(m.cancelled, r.Status.Holdings[e.Holding].Decision.RenewedOn) + "\n" + desc
	}
	w.prop("BEGIN", "VEVENT")
	w.prop("UID", eventUID(r, e))
	w.prop("DTSTAMP", fmt.Sprintf("%sT00000%dZ", icalDate(r.AsOf), seq))
	w.date("DTSTART", e.Date)
	if end := e.Date.AddDays(1); !end.IsZero() { // 9999-12-31 has no next day
		w.date("DTEND", end)
	}
	w.prop("SEQUENCE", fmt.Sprint(seq))
	w.prop("STATUS", status)
	summary := m.kind(e.Kind)
	if e.Holding >= 0 {
		summary = fmt.Sprintf(m.summary, e.Item.LocalName(r.Lang), summary)
	}
	w.text("SUMMARY", summary)
	w.text("DESCRIPTION", desc)
	w.prop("TRANSP", "TRANSPARENT")
	w.prop("END", "VEVENT")
}

// eventUID is stable across runs and languages (see the file comment).
// The partner name is hashed: it may hold any character.
func eventUID(r report, e calEvent) string {
	p := sha256.Sum256([]byte(r.Partner))
	holding := "partner"
	if e.Holding >= 0 {
		h := r.Status.Holdings[e.Holding].Holding
		holding = string(h.ID) + "-" + icalDate(h.Enrolled)
	}
	return fmt.Sprintf("%s-%s-%s-%s@planner.partnerkit", hex.EncodeToString(p[:6]), holding, slugOf(e.Kind), icalDate(e.Date))
}

// icalWriter accumulates content lines in a buffer.
type icalWriter struct {
	buf bytes.Buffer
}

// prop writes the content line name:value, folded. value must already be
// in its RFC 5545 form (escaped TEXT, a DATE, ...).
func (w *icalWriter) prop(name, value string) {
	foldLine(&w.buf, name+":"+value)
}

// text writes a TEXT property, escaping value.
func (w *icalWriter) text(name, value string) {
	w.prop(name, escapeText(value))
}

// date writes a DATE-valued property such as DTSTART;VALUE=DATE:20261202.
func (w *icalWriter) date(name string, d date.Date) {
	w.prop(name+";VALUE=DATE", icalDate(d))
}

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
