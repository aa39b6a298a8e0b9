package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
)

// The text report fits an 80-column terminal: every line is at most
// lineWidth cells. The renewal table has one row per specialization,
// grouped by category; a long name wraps inside its column, and what is
// missing goes on the row's second line.
const lineWidth = 78

// Column widths of the renewal table, in cells; two spaces separate them.
var columns = [6]int{24, 11, 7, 4, 10, 10}

const (
	indent     = "  "
	nameIndent = "  " // extra indent of a wrapped name's later lines
)

// factsColumn is where the PHASE column starts.
var factsColumn = len(indent) + columns[0] + 2

// writeText writes the report: title, renewal table, benefits per
// category, explanations.
func writeText(b *bytes.Buffer, pl plan) {
	m := messagesFor(pl.Lang)
	title := fmt.Sprintf(m.titleNoName, pl.AsOf)
	if pl.Partner != "" {
		title = fmt.Sprintf(m.title, pl.Partner, pl.AsOf)
	}
	writeWrapped(b, title, "", "", lineWidth)
	b.WriteString("\n")
	writeRenewals(b, pl, m)
	b.WriteString("\n")
	writeBenefits(b, pl, m)
	b.WriteString("\n")
	writeExplanations(b, pl, m)
}

// writeRenewals writes the table header, then per category its heading and
// rows.
func writeRenewals(b *bytes.Buffer, pl plan, m *messages) {
	writeRow(b, m.headers[:])
	for _, cp := range pl.Categories {
		first := true
		for i, it := range pl.Items {
			if it.Entry.Item.Category() != cp.Category {
				continue
			}
			if first {
				b.WriteString(m.category(cp.Category) + "\n")
				first = false
			}
			writeItem(b, pl, m, i)
		}
	}
	writeWrapped(b, m.legend, "", "", lineWidth)
}

// writeItem writes one specialization's row: its name wrapped in the first
// column, the facts on the first line, a note (what is missing, or why
// there is no renewal) below or instead of them.
func writeItem(b *bytes.Buffer, pl plan, m *messages, i int) {
	it := pl.Items[i]
	names := wrap(it.Entry.Item.LocalName(pl.Lang), columns[0])
	if len(names) > 1 {
		rest := strings.Join(names[1:], " ")
		names = append(names[:1], wrap(rest, columns[0]-len(nameIndent))...)
	}
	cells, note := rowFacts(it, m)
	noteWidth := lineWidth - factsColumn
	var notes []string
	if note != "" {
		notes = wrap(note, noteWidth)
	}
	lines := max(len(names), len(notes)+boolInt(cells != nil))
	for l := range lines {
		name := ""
		if l < len(names) {
			name = names[l]
			if l > 0 {
				name = nameIndent + name
			}
		}
		line := indent + pad(name, columns[0]) + "  "
		switch k := l - boolInt(cells != nil); {
		case l == 0 && cells != nil:
			line += joinCells(cells)
		case k >= 0 && k < len(notes):
			line += notes[k]
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
}

// rowFacts returns the cells after the name (nil when the row has none)
// and the note for the row.
func rowFacts(it planItem, m *messages) ([]string, string) {
	switch it.State {
	case stateExpert:
		return nil, m.expert
	case stateNotYet:
		return nil, fmt.Sprintf(m.notYet, it.Entry.Enrolled)
	case stateEnded:
		return []string{m.phases[renewal.PhaseLapsed], m.outcomes[renewal.OutcomeLapsed], "—", "—", "—"},
			fmt.Sprintf(m.ended, it.Entry.Lapsed)
	}
	d := it.Decision
	deadline := d.Deadline()
	if d.Outcome == renewal.OutcomeRenewed {
		deadline = date.Date{} // nothing left to meet
	}
	cells := []string{m.phase(d.Phase), m.outcome(d.Outcome), strconv.Itoa(d.Cycle.Year),
		dateText(deadline), dateText(it.NextReminder)}
	note := ""
	switch {
	case d.Missing.IsEmpty():
	case d.Outcome == renewal.OutcomeNotDue: // the window has not opened: nothing can be met yet
		note = fmt.Sprintf(m.willNeed, m.requirementList(d.Missing))
	default:
		note = fmt.Sprintf(m.missing, m.requirementList(d.Missing))
	}
	return cells, note
}

// joinCells lays out the cells after the name column.
func joinCells(cells []string) string {
	var b strings.Builder
	for k, c := range cells {
		w := columns[k+1]
		if k > 0 {
			b.WriteString("  ")
		}
		if k == 2 { // the renewal year is a number: right-aligned
			b.WriteString(padLeft(c, w))
			continue
		}
		b.WriteString(pad(c, w))
	}
	return b.String()
}

// writeRow writes the header row.
func writeRow(b *bytes.Buffer, headers []string) {
	line := indent + pad(headers[0], columns[0]) + "  " + joinCells(headers[1:])
	b.WriteString(strings.TrimRight(line, " ") + "\n")
}

// writeBenefits writes used/cap per category and who is withheld, with the
// benefits package's reason.
func writeBenefits(b *bytes.Buffer, pl plan, m *messages) {
	writeWrapped(b, fmt.Sprintf(m.benefitsHead, pl.YearFrom, pl.YearTo), "", "", lineWidth)
	for _, cp := range pl.Categories {
		line := indent + pad(m.category(cp.Category), columns[0]) + "  " + fmt.Sprintf(m.used, cp.Used, cp.Cap)
		b.WriteString(line + "\n")
		for _, i := range cp.Withheld {
			it := pl.Items[i]
			r := it.Grant.Reason
			text := fmt.Sprintf(m.withheld, it.Entry.Item.LocalName(pl.Lang)) + " — " + r.Clause + ": " + r.Text
			writeWrapped(b, text, indent+"  ", indent+"    ", lineWidth)
		}
	}
}

// writeExplanations writes each entry's name and its explanation.
func writeExplanations(b *bytes.Buffer, pl plan, m *messages) {
	b.WriteString(m.explainHead + "\n")
	if len(pl.Items) == 0 {
		b.WriteString(indent + m.none + "\n")
	}
	for i, it := range pl.Items {
		if i > 0 {
			b.WriteString("\n")
		}
		writeWrapped(b, it.Entry.Item.LocalName(pl.Lang), indent, indent, lineWidth)
		writeWrapped(b, explanation(it, pl.Lang, m), indent+"  ", indent+"  ", lineWidth)
	}
}

// explanation is the paragraph explaining one entry's state.
func explanation(it planItem, lang string, m *messages) string {
	name := it.Entry.Item.LocalName(lang)
	switch it.State {
	case stateExpert:
		return fmt.Sprintf(m.explainExp, name)
	case stateNotYet:
		return fmt.Sprintf(m.explainNotY, name, it.Entry.Enrolled)
	case stateEnded:
		return fmt.Sprintf(m.explainEnded, name, it.Entry.Lapsed)
	}
	return withName(it.Decision.Explain(lang), string(it.Entry.Item.ID()), name)
}

// withName replaces the first mention of the ID in an explanation by the
// name: renewal.Decision.Explain names the specialization by its ID, the
// only name an Enrollment holds, and a reader wants its name.
func withName(text, id, name string) string {
	for i := 0; i+len(id) <= len(text); {
		k := strings.Index(text[i:], id)
		if k < 0 {
			break
		}
		start, end := i+k, i+k+len(id)
		if (start == 0 || text[start-1] == ' ') && (end == len(text) || strings.IndexByte(" ,.:;", text[end]) >= 0) {
			return text[:start] + name + text[end:]
		}
		i = end
	}
	return text
}

// writeWrapped writes s wrapped to width cells, the first line after
// first, the others after rest.
func writeWrapped(b *bytes.Buffer, s, first, rest string, width int) {
	for k, l := range wrap(s, width-max(cells(first), cells(rest))) {
		if k == 0 {
			b.WriteString(first)
		} else {
			b.WriteString(rest)
		}
		b.WriteString(l + "\n")
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
