package main

import (
	"bytes"
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/langtag"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
)

// The HTML page is one file with no external resources: an inline SVG
// timeline with one lane per holding, then what the text report says, as
// a table (facts), the benefits and the explanations. Every date drawn comes
// from the report: the status (decisions, holding ends, grants) and the
// agenda (windows, reminders, anniversaries, deadlines, retirements). The
// arithmetic here is layout only: days to x, labels to rows.

// writeHTML writes r as a self-contained HTML page. The same report gives
// the same bytes.
func writeHTML(w *bytes.Buffer, r report) error {
	return pageTemplate.Execute(w, buildPage(r))
}

// Timeline geometry in SVG user units, which are CSS pixels at full width.
const (
	svgWidth  = 1000.0
	padX      = 12.0 // margin left and right of the time axis
	rowHeight = 18.0 // a row of labels, with room for a CJK font's ascent and descent
	labelPx   = 11.0 // font size of every label but a lane's title
	titlePx   = 12.0 // font size of a lane's title (bold)
	labelGap  = 8.0  // least space between two labels in a row
	barHeight = 14.0
	tickDrop  = 6.0  // reminder ticks hang below the bar
	leadDays  = 60   // the axis starts at the month this many days before the as-of day
	minAxisPx = 70.0 // least space between two axis labels
	boldWidth = 1.12 // bold text is this much wider than textWidth's estimate
)

// descFormat describes the timeline to a screen reader.
const descFormat = "Renewal timeline of %d holdings from %s to %s, as of %s. Thick bar: held with nothing due; thin line: held if " +
	"renewed; hatched: renewal window; dotted: grace period; diamond: anniversary, labelled audit or refs when " +
	"that year needs one; triangle: deadline of the cycle under review; ticks: reminders. The table gives the same facts."

// htmlPage is the page model the template renders: the text report's
// document, the timeline and the page's own headings.
type htmlPage struct {
	doc
	Lang, Heading, Table string
	CSS                  template.CSS
	TL                   timeline
	Headers              []string
}

// The timeline model.
type (
	timeline struct {
		Height, Title, Desc       string
		Grid, Legend, Marks, AsOf []mark
		Labels                    []label
		Lanes                     []lane
	}
	lane struct {
		Entry, Holding, Tip string
		Marks               []mark
		Labels              []label
	}
	mark  struct{ Class, D, Tip string }
	label struct{ Class, X, Y, Text, Tip string }
)

// buildPage turns the report into the page model.
func buildPage(r report) htmlPage {
	l, lang := r.Lang, "en"
	if langtag.IsSimplifiedChinese(l) {
		lang = "zh-Hans"
	}
	// the lanes come in the order of the table: by category, then in portfolio order
	hs := slices.Clone(r.Status.Holdings)
	slices.SortStableFunc(hs, func(a, b portfolio.HoldingStatus) int { return cmp.Compare(a.Item.Category(), b.Item.Category()) })
	return htmlPage{doc: docOf(r), Lang: lang, Heading: tr(l, "Timeline"), Table: tr(l, "Renewals"), CSS: template.CSS(pageStyle),
		TL: chartOf(r).draw(hs), Headers: []string{tr(l, "Specialization"), tr(l, "Where it stands")}}
}

// chart maps days to x between from (inclusive) and to (exclusive).
type chart struct {
	r        report
	lang     string // r.Lang
	from, to date.Date
	scale    float64 // units per day
}

func chartOf(r report) chart {
	y, mo, _ := r.AsOf.AddDays(-leadDays).Date()
	from, err := date.New(y, mo, 1)
	if err != nil {
		from = r.AsOf
	}
	to := r.Until.AddDays(1)
	if to.IsZero() { // Until is 9999-12-31
		to = r.Until
	}
	if !to.After(from) {
		to = from.AddDays(1)
	}
	return chart{r: r, lang: r.Lang, from: from, to: to, scale: (svgWidth - 2*padX) / float64(to.DaysSince(from))}
}

// x is the left edge of day d, clamped to the axis.
func (c chart) x(d date.Date) float64 {
	if d.IsZero() || d.Before(c.from) {
		return padX
	}
	return min(padX+float64(d.DaysSince(c.from))*c.scale, svgWidth-padX)
}

func (c chart) in(d date.Date) bool { return !d.Before(c.from) && d.Before(c.to) }

func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// draw lays out the legend, the as-of and designation-anniversary labels,
// the axis and the lanes, top to bottom.
func (c chart) draw(hs []portfolio.HoldingStatus) timeline {
	t := timeline{Title: tr(c.lang, "Timeline"), Desc: trf(c.lang, descFormat, len(hs), c.from, c.to.AddDays(-1), c.r.AsOf)}
	y := c.legend(&t, 4)
	top := []pending{{x: c.x(c.r.AsOf), text: trf(c.lang, "as of %s", c.r.AsOf), class: "label at", bold: true}}
	var desig []date.Date
	for _, ev := range c.r.Agenda {
		if ev.Kind == portfolio.EventDesignationAnniversary {
			top = append(top, pending{x: c.x(ev.Date), text: tr(c.lang, "designation anniversary") + " " + ev.Date.String(),
				tip: ev.Text(c.lang), optional: true})
			desig = append(desig, ev.Date)
		}
	}
	labels, rows := stagger(top, y)
	t.Labels = append(t.Labels, labels...)
	axisY := y + float64(rows)*rowHeight // a strip for the designation anniversaries' ticks, then the axis
	for _, d := range desig {
		t.Marks = append(t.Marks, mark{Class: "desig", D: fmt.Sprintf("M%s %s v5", num(c.x(d)), num(axisY)),
			Tip: portfolio.Event{Date: d, Kind: portfolio.EventDesignationAnniversary}.Text(c.lang)})
	}
	y = c.axis(&t, axisY+6)
	for k, h := range hs {
		l, height := c.lane(h, y, k%2 == 1)
		t.Lanes = append(t.Lanes, l)
		y += height
	}
	for k := range t.Grid {
		t.Grid[k].D += " V" + num(y)
	}
	ax := num(c.x(c.r.AsOf))
	t.AsOf = []mark{{Class: "asof", D: "M" + ax + " " + num(axisY) + " V" + num(y),
		Tip: trf(c.lang, "as of %s", c.r.AsOf)}}
	t.Height = num(y + 4)
	return t
}

// legend draws a sample and a word per kind of mark, in rows; it returns
// the y below it.
func (c chart) legend(t *timeline, y float64) float64 {
	items := [][2]string{{"term", tr(c.lang, "held, nothing due")}, {"held", tr(c.lang, "held if renewed")},
		{"window", tr(c.lang, "renewal window")}, {"grace", tr(c.lang, "grace period")}, {"anniv", tr(c.lang, "anniversary")},
		{"deadline", strings.TrimSpace(trf(c.lang, "deadline %s", ""))}, {"tick", tr(c.lang, "renewal reminder")}}
	x := padX
	for _, it := range items {
		wd := 22 + textWidth(it[1], labelPx)
		if x+wd > svgWidth-padX {
			x, y = padX, y+rowHeight
		}
		sample := rect(x, y+4, 16, 10)
		switch it[0] {
		case "window":
			sample = hatched(x, y+4, 16, 10)
		case "grace":
			t.Legend = append(t.Legend, mark{Class: "dots", D: dotted(x, y+4, 16, 10)})
		case "anniv":
			sample = diamond(x+8, y+9)
		case "deadline":
			sample = triangle(x+8, y+5)
		case "tick":
			sample = fmt.Sprintf("M%s %s v10", num(x+8), num(y+4))
		case "held":
			sample = rect(x, y+8.2, 16, 1.5)
		}
		t.Legend = append(t.Legend, mark{Class: it[0], D: sample})
		t.Labels = append(t.Labels, label{Class: "label", X: num(x + 22), Y: num(y + 13), Text: it[1]})
		x += wd + 2*labelGap
	}
	return y + rowHeight + 4
}

func rect(x, y, w, h float64) string {
	return fmt.Sprintf("M%s %s h%s v%s h-%s Z", num(x), num(y), num(w), num(h), num(w))
}

// hatched is a box crossed by 45° lines 6 units apart, drawn as lines:
// SVG patterns make printed PDFs many megabytes large.
func hatched(x, y, w, h float64) string {
	var b strings.Builder
	b.WriteString(rect(x, y, w, h))
	for k := math.Floor((x-h)/6) * 6; k < x+w; k += 6 {
		if t0, t1 := max(0, x-k), min(h, x+w-k); t0 < t1 {
			fmt.Fprintf(&b, " M%s %s L%s %s", num(k+t0), num(y+h-t0), num(k+t1), num(y+h-t1))
		}
	}
	return b.String()
}

// dotted is a row of dots along the middle of a box (a dashed thick line).
func dotted(x, y, w, h float64) string {
	return fmt.Sprintf("M%s %s H%s", num(x+1), num(y+h/2), num(max(x+1, x+w-1)))
}

func diamond(x, y float64) string { return fmt.Sprintf("M%s %s l5 5 l-5 5 l-5 -5 Z", num(x), num(y-5)) }

func triangle(x, y float64) string { return fmt.Sprintf("M%s %s h10 l-5 8 Z", num(x-5), num(y)) } // tip at y+8

func cross(x, y float64) string { return fmt.Sprintf("M%s %s l8 8 m0 -8 l-8 8", num(x-4), num(y-4)) }

func checkMark(x, y float64) string { return fmt.Sprintf("M%s %s l3 4 l6 -9", num(x-4), num(y)) }

// axis draws month ticks and labels at a step that leaves them room, and
// grid lines through the lanes; it returns the y below it.
func (c chart) axis(t *timeline, y float64) float64 {
	step := 1
	for _, s := range []int{1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200} {
		if step = s; float64(s)*30.4*c.scale >= minAxisPx {
			break
		}
	}
	yr, mo, _ := c.from.Date()
	d, _ := date.New(yr, mo, 1)
	for ; !d.IsZero() && (d.Before(c.from) || (d.Year()*12+int(d.Month())-1)%step != 0); d = d.AddMonths(1) {
	}
	for ; !d.IsZero() && d.Before(c.to); d = d.AddMonths(step) {
		text := d.String()[:7]
		if step >= 12 {
			text = d.String()[:4]
		}
		x := c.x(d)
		t.Grid = append(t.Grid, mark{Class: "grid", D: "M" + num(x) + " " + num(y+rowHeight)})
		if x+textWidth(text, labelPx) <= svgWidth-padX {
			t.Labels = append(t.Labels, label{Class: "label axis", X: num(x + 2), Y: num(y + 13), Text: text})
		}
	}
	return y + rowHeight + 2
}

// pending is a label before stagger gives it a row.
type pending struct {
	x                float64 // where the day it is about is drawn
	text, class, tip string
	bold             bool
	optional         bool // left out when it does not fit in maxRows; its mark's tooltip says it
}

// maxRows is how many rows of labels optional labels may use.
const maxRows = 3

// stagger gives each label the first row, from y down, where it clears
// every label already in that row by labelGap; a label that would cross
// the right edge moves left. Labels are placed in order of x; an optional
// one only in the first maxRows rows, and left out when it finds no room
// there. It returns the labels and the rows used, at least one.
func stagger(ps []pending, y float64) ([]label, int) {
	ps = slices.Clone(ps)
	slices.SortStableFunc(ps, func(a, b pending) int { return cmp.Compare(a.x, b.x) })
	var rows [][][2]float64 // per row, the spans taken
	out := make([]label, 0, len(ps))
	for _, p := range ps {
		w := textWidth(p.text, labelPx)
		if p.bold {
			w *= boldWidth
		}
		x := max(padX, min(p.x, svgWidth-padX-w))
		if math.IsNaN(x) {
			x = padX
		}
		row := 0
		for row < len(rows) && slices.ContainsFunc(rows[row], func(s [2]float64) bool {
			return x < s[1]+labelGap && s[0] < x+w+labelGap
		}) {
			row++
		}
		if p.optional && row >= maxRows {
			continue
		}
		if row == len(rows) {
			rows = append(rows, nil)
		}
		rows[row] = append(rows[row], [2]float64{x, x + w})
		out = append(out, label{Class: cmp.Or(p.class, "label"), X: num(x), Y: num(y + float64(row)*rowHeight + 13), Text: p.text, Tip: p.tip})
	}
	return out, max(len(rows), 1)
}

// textWidth is a generous estimate of the width of s at size px: layout
// needs an upper bound, and the browser check measures the truth.
func textWidth(s string, px float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ':
			w += 0.34
		case r >= 0x2000: // CJK, full-width punctuation, dashes and arrows
			w += 1.0
		case r >= 'A' && r <= 'Z', r == 'm', r == 'w':
			w += 0.8
		case strings.ContainsRune("iljtf.,:;()-'", r):
			w += 0.42
		default:
			w += 0.66
		}
	}
	return w * px
}

// lane draws one holding at y: a title, the bar with the held span, the
// term, windows, grace periods, anniversaries, reminders and state marks,
// and the labels below it. It returns the lane and its height.
func (c chart) lane(h portfolio.HoldingStatus, y float64, band bool) (lane, float64) {
	name, state := h.Item.LocalName(c.lang), c.stateText(h)
	l := lane{Entry: string(h.Entry.ID()), Holding: strconv.Itoa(h.Index), Tip: name + tr(c.lang, " — ") + state}
	l.Labels = []label{{Class: "label title", X: num(padX), Y: num(y + 13), Text: name + tr(c.lang, " — ") + state}}
	top := y + rowHeight + 4
	if textWidth(l.Labels[0].Text, titlePx)*boldWidth > svgWidth-2*padX { // the state goes below
		l.Labels = []label{{Class: "label title", X: num(padX), Y: num(y + 13), Text: name},
			{Class: "label title", X: num(padX), Y: num(y + 13 + rowHeight), Text: state}}
		top += rowHeight
	}
	mid, bottom := top+barHeight/2, top+barHeight
	end := c.to // the first day not held: HeldUntil, or a retirement ahead that carries nobody over
	if !h.HeldUntil.IsZero() && h.HeldUntil.Before(end) {
		end = h.HeldUntil
	}
	for _, ev := range c.r.Agenda {
		if ev.Holding == h.Index && ev.Kind == portfolio.EventRetirement && ev.Replacement.IsZero() && ev.Date.Before(end) {
			end = ev.Date
		}
	}
	add := func(class, d, tip string) { l.Marks = append(l.Marks, mark{class, d, tip}) }
	// span draws days [a, b), cut to the axis and to the days held, as
	// shape draws a box.
	span := func(class string, a, b date.Date, y0, height float64, tip string, shape func(x, y, w, h float64) string) {
		if b.After(end) {
			b = end
		}
		if a.Before(b) && b.After(c.from) && a.Before(c.to) {
			add(class, shape(c.x(a), y0, c.x(b)-c.x(a), height), tip)
		}
	}
	span("held", h.Holding.Enrolled, end, mid-0.75, 1.5, "", rect)
	if a, b, ok := c.term(h); ok {
		span("term", a, b.AddDays(1), mid-3, 6, trf(c.lang, "Held with nothing due from %s through %s (POST-1).", a, b), rect)
	}
	var ps []pending
	held := func(d date.Date) bool { return c.in(d) && d.Before(end) }
	for _, cy := range c.cycles(h) {
		o, a, v := cy.c.Opens, cy.c.Date, cy.c.ValidTo
		span("window", o, a.AddDays(1), top, barHeight, cmp.Or(cy.opens, trf(c.lang, "Renewal window %s to %s (REN-5).", o, a)), hatched)
		graceTip := cmp.Or(cy.anniv, trf(c.lang, "Grace period %s to %s (REN-5).", a.AddDays(1), v))
		span("grace", a.AddDays(1), v.AddDays(1), top+2, barHeight-4, graceTip, rect)
		span("dots", a.AddDays(1), v.AddDays(1), top+2, barHeight-4, graceTip, dotted)
		if held(a) {
			add("anniv", diamond(c.x(a), mid), cy.anniv)
			ps = append(ps, pending{x: c.x(a), text: a.String() + c.needsWord(cy.needs), tip: cy.anniv, optional: true})
		}
	}
	for _, ev := range c.r.Agenda {
		if ev.Holding != h.Index || !held(ev.Date) && !(ev.Kind == portfolio.EventRetirement && c.in(ev.Date)) {
			continue
		}
		switch ev.Kind {
		case portfolio.EventReminder:
			add("tick", fmt.Sprintf("M%s %s v%s", num(c.x(ev.Date)), num(bottom), num(tickDrop)), ev.Text(c.lang))
		case portfolio.EventRetirement:
			add("ended", cross(c.x(ev.Date), mid), ev.Text(c.lang))
			ps = append(ps, pending{x: c.x(ev.Date), text: tr(c.lang, "retires") + " " + ev.Date.String(), class: "label ended", tip: ev.Text(c.lang)})
		}
	}
	ps = c.stateMarks(h, top, add, ps)
	labels, rows := stagger(ps, bottom+tickDrop+1)
	l.Labels = append(l.Labels, labels...)
	height := bottom + tickDrop + 1 + float64(rows)*rowHeight + 4 - y
	if band {
		l.Marks = append([]mark{{Class: "band", D: rect(0, y, svgWidth, height)}}, l.Marks...)
	}
	return l, height
}

// stateMarks adds the deadline of the cycle under review, and the mark and
// label of a renewal, lapse, retirement, merger, end or carry-over, or of a
// holding not enrolled yet; the last four say what the text report says.
func (c chart) stateMarks(h portfolio.HoldingStatus, top float64, add func(class, d, tip string), ps []pending) []pending {
	d, l, ended := h.Decision, c.lang, cross(c.x(h.HeldUntil), top+barHeight/2)
	// at labels day with text, and draws shape there in class kind.
	at := func(day date.Date, text, kind, shape string) {
		if shape != "" && c.in(day) {
			add(kind, shape, text)
		}
		ps = append(ps, pending{x: c.x(day), text: text, class: strings.TrimSpace("label " + kind)})
	}
	if h.HasDecision() && (d.Outcome == renewal.OutcomeNotDue || d.Outcome == renewal.OutcomePending) {
		if dl := d.Deadline(); c.in(dl) {
			at(dl, trf(l, "deadline %s", dl), "deadline", triangle(c.x(dl), top-9))
		}
	}
	if h.HasDecision() && d.Outcome == renewal.OutcomeRenewed {
		at(d.RenewedOn, tr(l, d.Outcome.String())+" "+d.RenewedOn.String(), "renewed", checkMark(c.x(d.RenewedOn), top-5))
	}
	switch h.State {
	case portfolio.StateLapsed:
		at(h.HeldUntil, tr(l, d.Outcome.String())+" "+h.HeldUntil.String(), "ended", ended)
	case portfolio.StateRetired:
		at(h.HeldUntil, trf(l, "retired %s (EDN-3)", h.HeldUntil), "ended", ended)
	case portfolio.StateMerged, portfolio.StateEnded:
		at(h.HeldUntil, facts(c.r, h)[0], "ended", ended)
	case portfolio.StateCarriedOver:
		day, _ := h.Entry.Retired()
		at(day, facts(c.r, h)[0], "", "")
	case portfolio.StateNotEnrolled:
		at(h.Holding.Enrolled, facts(c.r, h)[0], "", "")
	}
	return ps
}

// term is the span, first and last day, in which the holding is held
// without further action: from its last anniversary (or enrollment)
// through portfolio's HoldingStatus.Through (RULES POST-1, REN-7); an
// expert program from its enrollment.
func (c chart) term(h portfolio.HoldingStatus) (date.Date, date.Date, bool) {
	if h.State == portfolio.StateExpertProgram {
		return h.Holding.Enrolled, c.to, true
	}
	if !h.HasDecision() {
		return date.Date{}, date.Date{}, false
	}
	d := h.Decision
	from := d.Enrollment.Enrolled
	if prev, err := c.r.Planner.Policy.Cycle(d.Enrollment, d.Cycle.Anniversary-1); err == nil && d.Cycle.Anniversary > 1 {
		from = prev.Date
	}
	return from, h.Through, true
}

// laneCycle is a renewal cycle of a lane with the agenda's sentences for
// its window opening and anniversary.
type laneCycle struct {
	c            renewal.Cycle
	needs        renewal.Requirements
	opens, anniv string
}

// cycles gathers the cycle under review and every cycle on the agenda.
func (c chart) cycles(h portfolio.HoldingStatus) []laneCycle {
	var cs []laneCycle
	find := func(cy renewal.Cycle) *laneCycle {
		for k := range cs {
			if cs[k].c.Date == cy.Date {
				return &cs[k]
			}
		}
		cs = append(cs, laneCycle{c: cy})
		return &cs[len(cs)-1]
	}
	if h.HasDecision() && h.Decision.Cycle.Anniversary > 0 {
		find(h.Decision.Cycle).needs = h.Decision.Required()
	}
	for _, ev := range c.r.Agenda {
		if ev.Holding != h.Index || ev.Cycle.Anniversary == 0 {
			continue
		}
		lc := find(ev.Cycle)
		lc.needs = ev.Needs
		switch ev.Kind {
		case portfolio.EventWindowOpens:
			lc.opens = ev.Text(c.lang)
		case portfolio.EventAnniversary:
			lc.anniv = ev.Text(c.lang)
		}
	}
	return cs
}

// needsWord names the manual validation a cycle needs, if any (RULES REN-4).
func (c chart) needsWord(n renewal.Requirements) string {
	switch {
	case n.Has(renewal.RequirementAudit):
		return " " + tr(c.lang, "audit")
	case n.Has(renewal.RequirementCustomerReference):
		return " " + tr(c.lang, "refs")
	}
	return ""
}

// stateText says where a holding stands, for its lane's title: the phase
// and outcome of its decision as the text report words them, or the text
// report's first line about it.
func (c chart) stateText(h portfolio.HoldingStatus) string {
	if f := facts(c.r, h); !h.HasDecision() && len(f) > 0 {
		return f[0]
	}
	return phaseText(c.lang, h.Decision)
}

// The page's markup, and its style sheet: the palette as custom
// properties, whose contrast TestPaletteContrast checks, then the rules.
// Print is landscape on the paper chosen, keeps the colours and does not
// split the timeline or a row.
var (
	//go:embed page.html.tmpl
	pageHTML string
	//go:embed page.css
	pageStyle    string
	pageTemplate = template.Must(template.New("page").Parse(pageHTML))
)
