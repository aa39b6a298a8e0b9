package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
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
func writeText(b *bytes.Buffer, r report) {
	m := messagesFor(r.Lang)
	title := fmt.Sprintf(m.titleNoName, r.AsOf)
	if r.Partner != "" {
		title = fmt.Sprintf(m.title, r.Partner, r.AsOf)
	}
	writeWrapped(b, title, "", "", lineWidth)
	b.WriteString("\n")
	writeRenewals(b, r, m)
	b.WriteString("\n")
	writeBenefits(b, r, m)
	b.WriteString("\n")
	writeExplanations(b, r, m)
}

// writeRenewals writes the table header, then per category its heading and
// rows, in portfolio order within a category.
func writeRenewals(b *bytes.Buffer, r report, m *messages) {
	writeRow(b, m.headers[:])
	for c := specialization.CategoryAzure; c <= specialization.CategorySecurity; c++ {
		first := true
		for _, h := range r.Status.Holdings {
			if h.Item.Category() != c {
				continue
			}
			if first {
				b.WriteString(word(m.categories[:], c, c) + "\n")
				first = false
			}
			writeItem(b, r, m, h)
		}
	}
	writeWrapped(b, m.legend, "", "", lineWidth)
}

// writeItem writes one holding's row: its name wrapped in the first
// column, the facts on the first line, notes below or instead of them.
func writeItem(b *bytes.Buffer, r report, m *messages, h portfolio.HoldingStatus) {
	names := wrap(h.Item.LocalName(r.Lang), columns[0])
	if len(names) > 1 {
		rest := strings.Join(names[1:], " ")
		names = append(names[:1], wrap(rest, columns[0]-len(nameIndent))...)
	}
	cells, note := rowFacts(r, m, h)
	var notes []string
	if note != "" {
		notes = wrap(note, lineWidth-factsColumn)
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

// rowFacts returns the cells after the name (nil when the holding has no
// renewal decision) and the note for the row.
func rowFacts(r report, m *messages, h portfolio.HoldingStatus) ([]string, string) {
	switch h.State {
	case portfolio.StateExpertProgram:
		if day, ok := h.Item.Retired(); ok {
			return nil, m.expert + fmt.Sprintf(m.retires, day)
		}
		return nil, m.expert
	case portfolio.StateNotEnrolled:
		return nil, fmt.Sprintf(m.notYet, h.Holding.Enrolled)
	case portfolio.StateEnded:
		return nil, fmt.Sprintf(m.ended, h.HeldUntil)
	case portfolio.StateMerged:
		return nil, fmt.Sprintf(m.merged, h.HeldUntil)
	}
	if !h.HasDecision() { // an expert program that retired
		return nil, fmt.Sprintf(m.retired, h.HeldUntil)
	}
	d := h.Decision
	deadline := d.Deadline()
	if d.Outcome == renewal.OutcomeRenewed || d.Outcome == renewal.OutcomeRetired {
		deadline = date.Date{} // nothing left to meet
	}
	cells := []string{word(m.phases[:], d.Phase, d.Phase), word(m.outcomes[:], d.Outcome, d.Outcome),
		strconv.Itoa(d.Cycle.Year), dateText(deadline), dateText(r.nextReminder(h.Index))}
	return cells, strings.Join(notes(r, m, h), "; ")
}

// notes says what a holding with a decision still needs and how it is
// held.
func notes(r report, m *messages, h portfolio.HoldingStatus) []string {
	var ns []string
	if h.State == portfolio.StateCarriedOver {
		day, _ := h.Entry.Retired()
		ns = append(ns, fmt.Sprintf(m.carried, h.Entry.LocalName(r.Lang), day))
	}
	d := h.Decision
	switch {
	case h.State == portfolio.StateRetired:
		ns = append(ns, retiredNote(r, m, h))
	case d.Behind:
		ns = append(ns, fmt.Sprintf(m.behind, d.Next().Renewed))
	case d.Missing.IsEmpty():
	case d.Outcome == renewal.OutcomeNotDue: // the window has not opened: nothing can be met yet
		ns = append(ns, fmt.Sprintf(m.willNeed, d.Missing.Text(r.Lang)))
	default:
		ns = append(ns, fmt.Sprintf(m.missing, d.Missing.Text(r.Lang)))
	}
	return ns
}

// retiredNote names the retirement day and the replacement, if any.
func retiredNote(r report, m *messages, h portfolio.HoldingStatus) string {
	day, _ := h.Entry.Retired()
	if to, ok := r.Planner.Catalog.Get(h.Entry.ReplacedBy()); ok {
		return fmt.Sprintf(m.replaced, day, to.On(r.AsOf).LocalName(r.Lang))
	}
	return fmt.Sprintf(m.retired, day)
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

// writeBenefits writes used/cap per category, with the caps in force on
// the as-of day, and who is withheld with the benefits package's reason.
func writeBenefits(b *bytes.Buffer, r report, m *messages) {
	st := r.Status
	writeWrapped(b, fmt.Sprintf(m.benefitsHead, st.YearFrom, st.YearTo), "", "", lineWidth)
	for c := specialization.CategoryAzure; c <= specialization.CategorySecurity; c++ {
		line := indent + pad(word(m.categories[:], c, c), columns[0]) + "  " + fmt.Sprintf(m.used, st.Allocation.Used(c), st.Caps[c])
		b.WriteString(line + "\n")
		for _, h := range st.Holdings {
			g := h.Grant
			if g.Holding.Item.IsZero() || g.Granted || g.Holding.Item.Category() != c {
				continue
			}
			text := fmt.Sprintf(m.withheld, g.Holding.Item.On(r.AsOf).LocalName(r.Lang)) + " — " + g.Reason.Clause + ": " + g.Reason.Local(r.Lang)
			writeWrapped(b, text, indent+"  ", indent+"    ", lineWidth)
		}
	}
}

// writeExplanations writes each holding's name and its explanation.
func writeExplanations(b *bytes.Buffer, r report, m *messages) {
	b.WriteString(m.explainHead + "\n")
	if len(r.Status.Holdings) == 0 {
		b.WriteString(indent + m.none + "\n")
	}
	for i, h := range r.Status.Holdings {
		if i > 0 {
			b.WriteString("\n")
		}
		writeWrapped(b, h.Item.LocalName(r.Lang), indent, indent, lineWidth)
		writeWrapped(b, explanation(r, m, h), indent+"  ", indent+"  ", lineWidth)
	}
}

// explanation is the paragraph explaining one holding: the library's
// Explain where there is a renewal decision.
func explanation(r report, m *messages, h portfolio.HoldingStatus) string {
	name := h.Item.LocalName(r.Lang)
	switch {
	case h.State == portfolio.StateExpertProgram:
		return fmt.Sprintf(m.explainExpert, name)
	case h.State == portfolio.StateNotEnrolled:
		return fmt.Sprintf(m.explainNotYet, name, h.Holding.Enrolled)
	case h.State == portfolio.StateEnded:
		return fmt.Sprintf(m.explainEnded, name, h.HeldUntil)
	case h.State == portfolio.StateMerged:
		return fmt.Sprintf(m.explainMerged, name, h.HeldUntil)
	case !h.HasDecision():
		return retiredNote(r, m, h)
	}
	return h.Decision.Explain(r.Lang)
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
