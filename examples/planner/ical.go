package main

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/partnerkit/specializations/date"
)

// This file writes the few pieces of RFC 5545 (iCalendar) the planner
// needs; the program has no iCalendar dependency. The rules it follows:
//
//   - Content lines end in CRLF (3.1).
//   - A line longer than 75 octets, CRLF excluded, is folded by inserting
//     CRLF and one space; the space counts towards the next line's 75 octets.
//     A fold never splits a UTF-8 sequence (3.1: "multi-octet characters
//     ... SHOULD NOT" be split).
//   - TEXT values escape backslash, semicolon and comma with a backslash,
//     and a line break as \n (3.3.11). Other control characters are not
//     allowed in TEXT and are dropped.
//   - All-day events are DATE values: DTSTART;VALUE=DATE:YYYYMMDD with an
//     exclusive DTEND on the next day (3.6.1).

// maxLineOctets is the longest content line, CRLF excluded (RFC 5545 3.1).
const maxLineOctets = 75

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

// icalStamp writes midnight UTC of d as a DATE-TIME: the planner's DTSTAMP
// is derived from the as-of date so that its output is reproducible.
func icalStamp(d date.Date) string {
	return icalDate(d) + "T000000Z"
}
