package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// prodID names the program in the calendar (RFC 5545 3.7.3).
const prodID = "-//partnerkit//specializations planner//EN"

// writeICS writes the plan's events as an iCalendar file: one all-day,
// transparent VEVENT per event. DTSTAMP is midnight UTC of the as-of date
// so that the same input always gives the same file.
func writeICS(b *bytes.Buffer, pl plan) {
	m := messagesFor(pl.Lang)
	var w icalWriter
	w.prop("BEGIN", "VCALENDAR")
	w.prop("VERSION", "2.0")
	w.prop("PRODID", prodID)
	w.prop("CALSCALE", "GREGORIAN")
	w.prop("METHOD", "PUBLISH")
	if pl.Partner != "" {
		w.text("X-WR-CALNAME", fmt.Sprintf(m.calName, pl.Partner))
	}
	for _, e := range pl.Events {
		writeEvent(&w, pl, m, e)
	}
	w.prop("END", "VCALENDAR")
	b.Write(w.buf.Bytes())
}

// writeEvent writes one VEVENT. DTEND is exclusive: the day after.
func writeEvent(w *icalWriter, pl plan, m *messages, e event) {
	it := pl.Items[e.Item]
	w.prop("BEGIN", "VEVENT")
	w.prop("UID", eventUID(pl.Partner, string(it.Entry.Item.ID()), e))
	w.prop("DTSTAMP", icalStamp(pl.AsOf))
	w.date("DTSTART", e.Date)
	if end := e.Date.AddDays(1); !end.IsZero() { // 9999-12-31 has no next day
		w.date("DTEND", end)
	}
	w.text("SUMMARY", eventSummary(it, pl.Lang, m, e))
	w.text("DESCRIPTION", eventDescription(it, m, e))
	w.prop("TRANSP", "TRANSPARENT")
	w.prop("END", "VEVENT")
}

// eventUID derives a UID from the partner, the specialization, the kind of
// event and its date, so that a calendar re-imported after a new run
// updates its events instead of duplicating them (RFC 5545 3.8.4.7). The
// partner name is hashed: it may hold any character.
func eventUID(partner, id string, e event) string {
	h := sha256.Sum256([]byte(partner))
	return fmt.Sprintf("%s-%s-%s-%s@planner.partnerkit", hex.EncodeToString(h[:6]), id, e.Kind.slug(), icalDate(e.Date))
}

func eventSummary(it planItem, lang string, m *messages, e event) string {
	name := it.Entry.Item.LocalName(lang)
	if e.Kind == eventAnniversary && !e.RenewedOn.IsZero() {
		return fmt.Sprintf(m.renewedSum, name)
	}
	return fmt.Sprintf(m.summaries[e.Kind], name)
}

// eventDescription says what the cycle needs, and when it was renewed or
// when a reminder is sent that day.
func eventDescription(it planItem, m *messages, e event) string {
	c := e.Cycle
	parts := []string{fmt.Sprintf(m.cycleDesc, c.Year, c.Date, m.needsOf(c, it.Entry.Item.Validation()), c.Opens, c.ValidTo)}
	if !e.RenewedOn.IsZero() {
		parts = append(parts, fmt.Sprintf(m.renewedDesc, e.RenewedOn))
	}
	if e.Kind == eventReminder || e.Reminder {
		parts = append(parts, m.reminderText(e.Date.DaysSince(c.Date)))
	}
	sep := " "
	if m == &chinese {
		sep = ""
	}
	return strings.Join(parts, sep)
}
