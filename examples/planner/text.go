package main

import (
	"bytes"
	"strings"

	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// The text report fits an 80-column terminal, Chinese included: every line
// is at most lineWidth cells (width.go). Per category, each holding is its
// name, then its facts and notes indented below it.
const lineWidth = 78

// writeText writes the report: title, holdings per category, benefits per
// category, explanations.
func writeText(b *bytes.Buffer, r report) error {
	d := docOf(r)
	writeWrapped(b, d.Title, "", "")
	writeWrapped(b, d.Terms, "", "")
	for _, g := range d.Groups {
		b.WriteString("\n" + g.Category + "\n")
		for _, row := range g.Rows {
			writeWrapped(b, row.Name, "  ", "    ")
			for _, line := range row.Facts {
				writeWrapped(b, line, "    ", "      ")
			}
		}
	}
	b.WriteString("\n")
	writeWrapped(b, d.BenefitsHead, "", "")
	for _, cv := range d.Cats {
		writeWrapped(b, cv.Used, "  ", "    ")
		for _, w := range cv.Withheld {
			writeWrapped(b, w, "    ", "      ")
		}
	}
	b.WriteString("\n" + d.ExplainHead + "\n")
	for k, n := range d.Notes {
		if k > 0 {
			b.WriteString("\n")
		}
		writeWrapped(b, n.Name, "  ", "  ")
		writeWrapped(b, n.Text, "    ", "    ")
	}
	return nil
}

// doc is what the text report and the page's table say, in the report's
// language.
type doc struct {
	Title, Terms, BenefitsHead, ExplainHead string
	Groups                                  []rowGroup // every category, in order; the page skips empty ones
	Cats                                    []catView
	Notes                                   []noteView // one per renewal decision; the others are told by their facts
}

type (
	rowGroup struct {
		Category string
		Rows     []rowView
	}
	rowView struct {
		Name  string
		Facts []string
	}
	// catView is the benefits of a category: used against the cap, the
	// slots the page draws (true: used), and the holdings withheld.
	catView struct {
		Used     string
		Slots    []bool
		Withheld []string
	}
	noteView struct{ Name, Text string }
)

// docOf gives the holdings per category with their facts, the benefits
// used against the caps in force on the as-of day with who is withheld
// and why, and the library's explanation of each renewal decision.
func docOf(r report) doc {
	l, st := r.Lang, r.Status
	d := doc{Title: title(r), Terms: tr(l, "Names, validations and caps are those in force on that day."),
		BenefitsHead: trf(l, "Benefits, designation year %s to %s", st.YearFrom, st.YearTo), ExplainHead: tr(l, "Explanations")}
	for c := specialization.CategoryAzure; c <= specialization.CategorySecurity; c++ {
		g := rowGroup{Category: c.LocalName(l)}
		for _, h := range st.Holdings {
			if h.Item.Category() == c {
				g.Rows = append(g.Rows, rowView{h.Item.LocalName(l), facts(r, h)})
			}
		}
		used, limit := st.Allocation.Used(c), st.Caps[c]
		cv := catView{Used: trf(l, "%s: %d of %d used", c.LocalName(l), used, limit), Withheld: withheld(r, c)}
		for k := range min(limit, 20) {
			cv.Slots = append(cv.Slots, k < used)
		}
		d.Groups, d.Cats = append(d.Groups, g), append(d.Cats, cv)
	}
	for _, h := range st.Holdings {
		if h.HasDecision() {
			d.Notes = append(d.Notes, noteView{h.Item.LocalName(l), h.Decision.Explain(l)})
		}
	}
	return d
}

// title heads the text report and the page.
func title(r report) string {
	if r.Partner != "" {
		return trf(r.Lang, "%s: specializations as of %s", r.Partner, r.AsOf)
	}
	return trf(r.Lang, "Specializations as of %s", r.AsOf)
}

// facts are the lines under a holding's name: its renewal state, then
// what it needs or how it ended.
func facts(r report, h portfolio.HoldingStatus) []string {
	l := r.Lang
	switch h.State {
	case portfolio.StateExpertProgram:
		return append([]string{tr(l, "expert program: no renewal here (REN-1)")}, retiredNote(r, h)...)
	case portfolio.StateNotEnrolled:
		return []string{trf(l, "not enrolled yet: enrolled %s", h.Holding.Enrolled)}
	case portfolio.StateEnded:
		return []string{trf(l, "no longer held from %s", h.HeldUntil)}
	case portfolio.StateMerged:
		return []string{trf(l, "merged into another holding of the same entry on %s (EDN-6)", h.HeldUntil)}
	case portfolio.StateRetired:
		return retiredNote(r, h)
	}
	var ls []string
	if h.State == portfolio.StateCarriedOver {
		day, _ := h.Entry.Retired()
		ls = append(ls, trf(l, "carried over from %s, retired %s (EDN-6)", h.Entry.LocalName(l), day))
	}
	return append(ls, decisionFacts(r, h)...)
}

// decisionFacts tell a renewal decision: phase, outcome, cycle, deadline
// and next reminder, the coming retirement, then what is owed.
func decisionFacts(r report, h portfolio.HoldingStatus) []string {
	l, d := r.Lang, h.Decision
	state := phaseText(l, d) + " · " + trf(l, "renewal year %d (%s)", d.Cycle.Year, d.Cycle.Date)
	if d.Outcome != renewal.OutcomeRenewed {
		state += " · " + trf(l, "deadline %s", d.Deadline())
	}
	if next := r.nextReminder(h.Index); !next.IsZero() {
		state += " · " + trf(l, "next reminder %s", next)
	}
	ls := append([]string{state}, retiredNote(r, h)...)
	switch {
	case d.Behind:
		ls = append(ls, trf(l, "behind: store renewed %d, then give the next cycle's evidence (INT-10)", d.Next().Renewed))
	case d.Missing.IsEmpty():
	case d.Outcome == renewal.OutcomeNotDue: // nothing can be met before the window opens
		ls = append(ls, trf(l, "will need: %s", d.Missing.Text(l)))
	default:
		ls = append(ls, trf(l, "missing: %s", d.Missing.Text(l)))
	}
	return ls
}

// phaseText is a decision's phase, then its outcome where that says more;
// the page titles a lane with it.
func phaseText(l string, d renewal.Decision) string {
	if d.Outcome.String() == d.Phase.String() {
		return tr(l, d.Phase.String())
	}
	return tr(l, d.Phase.String()) + tr(l, ", ") + tr(l, d.Outcome.String())
}

// retiredNote names the retirement of the entry judged, past or to come,
// and its replacement, if any.
func retiredNote(r report, h portfolio.HoldingStatus) []string {
	day, ok := h.Item.Retired()
	to, replaced := r.Planner.Catalog.Get(h.Item.ReplacedBy())
	name := to.On(r.AsOf).LocalName(r.Lang)
	switch future := day.After(r.AsOf); {
	case !ok:
		return nil
	case replaced && future:
		return []string{trf(r.Lang, "retires %s, replaced by %s (EDN-3)", day, name)}
	case replaced:
		return []string{trf(r.Lang, "retired %s, replaced by %s (EDN-3)", day, name)}
	case future:
		return []string{trf(r.Lang, "retires %s (EDN-3)", day)}
	}
	return []string{trf(r.Lang, "retired %s (EDN-3)", day)}
}

// withheld lists the holdings of category c whose benefit is withheld, each
// with the benefits package's reason; the page lists them too.
func withheld(r report, c specialization.Category) []string {
	var ws []string
	for _, h := range r.Status.Holdings {
		if g := h.Grant; !g.Holding.Item.IsZero() && !g.Granted && g.Holding.Item.Category() == c {
			ws = append(ws, trf(r.Lang, "withheld: %s — %s: %s", g.Holding.Item.On(r.AsOf).LocalName(r.Lang), g.Reason.Clause, g.Reason.Local(r.Lang)))
		}
	}
	return ws
}

// explanation is the library's explanation of h's decision, or its facts.
func explanation(r report, h portfolio.HoldingStatus) string {
	if h.HasDecision() {
		return h.Decision.Explain(r.Lang)
	}
	return strings.Join(facts(r, h), "; ")
}

// writeWrapped writes s wrapped to lineWidth cells, the first line after
// first, the others after rest.
func writeWrapped(b *bytes.Buffer, s, first, rest string) {
	for k, l := range wrap(s, lineWidth-max(cells(first), cells(rest))) {
		if k > 0 {
			first = rest
		}
		b.WriteString(first + l + "\n")
	}
}
