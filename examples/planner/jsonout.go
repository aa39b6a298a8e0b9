package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/specialization"
)

// The JSON output has the facts of the text report with stable camelCase
// field names: every key is always present, dates are "YYYY-MM-DD" ("" for
// none) and enums are the library's slugs ("window-open", "carried-over").
// Names are those in force on the as-of day; holdings are referred to by
// their position in "specializations", which is the file's order.

type jsonPlan struct {
	Partner         string         `json:"partner"`
	AsOf            date.Date      `json:"asOf"`
	Until           date.Date      `json:"until"`
	Lang            string         `json:"lang"`
	DesignationYear jsonYear       `json:"designationYear"`
	Specializations []jsonItem     `json:"specializations"`
	Benefits        []jsonCategory `json:"benefits"`
	Events          []jsonEvent    `json:"events"`
}

type jsonYear struct {
	From    date.Date `json:"from"`
	Through date.Date `json:"through"`
}

type jsonItem struct {
	Given        string            `json:"given"` // the name as written in the file
	Entry        specialization.ID `json:"entry"` // the file's entry
	ID           specialization.ID `json:"id"`    // the entry judged: entry, or its replacement once carried over
	Name         string            `json:"name"`
	Category     string            `json:"category"`
	Kind         string            `json:"kind"`
	Enrolled     date.Date         `json:"enrolled"`
	Renewed      int               `json:"renewed"`
	Status       string            `json:"status"` // portfolio.State slug
	Phase        string            `json:"phase"`
	Outcome      string            `json:"outcome"`
	Anniversary  date.Date         `json:"anniversary"`
	RenewalYear  int               `json:"renewalYear"`
	WindowOpens  date.Date         `json:"windowOpens"`
	Deadline     date.Date         `json:"deadline"`
	RenewedOn    date.Date         `json:"renewedOn"`
	Needs        []string          `json:"needs"`
	Missing      []string          `json:"missing"`
	Behind       bool              `json:"behind"`
	Store        int               `json:"store"` // the Renewed count to store (Decision.Next)
	NextReminder date.Date         `json:"nextReminder"`
	HeldUntil    date.Date         `json:"heldUntil"`
	Retired      date.Date         `json:"retired"`
	ReplacedBy   specialization.ID `json:"replacedBy"`
	Benefit      jsonGrant         `json:"benefit"`
	Reasons      []jsonReason      `json:"reasons"`
	Explanation  string            `json:"explanation"`
}

type jsonGrant struct {
	Granted bool      `json:"granted"`
	Rank    int       `json:"rank"`
	Through date.Date `json:"through"`
	Clause  string    `json:"clause"`
	Reason  string    `json:"reason"`
}

type jsonReason struct {
	Clause string `json:"clause"`
	Text   string `json:"text"`
}

type jsonCategory struct {
	Category string `json:"category"`
	Cap      int    `json:"cap"`
	Used     int    `json:"used"`
	Granted  []int  `json:"granted"`  // holdings, in rank order
	Withheld []int  `json:"withheld"` // holdings, in file order
}

type jsonEvent struct {
	Date           date.Date         `json:"date"`
	Kind           string            `json:"kind"`    // portfolio.EventKind slug
	Holding        int               `json:"holding"` // -1 for a designation anniversary
	Specialization specialization.ID `json:"specialization"`
	Anniversary    date.Date         `json:"anniversary"`
	RenewalYear    int               `json:"renewalYear"`
	Offset         int               `json:"offset"`    // a reminder's days from the anniversary
	Cancelled      bool              `json:"cancelled"` // withdrawn: the cycle renewed (INT-7)
	Text           string            `json:"text"`
}

// writeJSON writes the report as indented JSON.
func writeJSON(b *bytes.Buffer, r report) error {
	st := r.Status
	j := jsonPlan{Partner: r.Partner, AsOf: r.AsOf, Until: r.Until, Lang: r.Lang,
		DesignationYear: jsonYear{From: st.YearFrom, Through: st.YearTo},
		Specializations: []jsonItem{}, Benefits: []jsonCategory{}, Events: []jsonEvent{}}
	for _, h := range st.Holdings {
		j.Specializations = append(j.Specializations, jsonItemOf(r, h))
	}
	for c := specialization.CategoryAzure; c <= specialization.CategorySecurity; c++ {
		j.Benefits = append(j.Benefits, jsonCategoryOf(r, c))
	}
	for _, e := range allEvents(r) {
		j.Events = append(j.Events, jsonEvent{Date: e.Date, Kind: slugOf(e.Kind), Holding: e.Holding,
			Specialization: e.Item.ID(), Anniversary: e.Cycle.Date, RenewalYear: e.Cycle.Year, Offset: e.Offset,
			Cancelled: e.cancelled, Text: e.Text(r.Lang)})
	}
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(j); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

func jsonItemOf(r report, h portfolio.HoldingStatus) jsonItem {
	s, g := h.Item, h.Grant
	j := jsonItem{Given: r.Names[h.Index], Entry: h.Holding.ID, ID: s.ID(), Name: s.LocalName(r.Lang),
		Category: slugOf(s.Category()), Kind: slugOf(s.Kind()), Enrolled: h.Holding.Enrolled,
		Renewed: h.Holding.Renewed, Store: h.Holding.Renewed, Status: slugOf(h.State), Needs: []string{}, Missing: []string{},
		NextReminder: r.nextReminder(h.Index), HeldUntil: h.HeldUntil, ReplacedBy: h.Entry.ReplacedBy(),
		Benefit: jsonGrant{Granted: g.Granted, Rank: g.Rank, Through: g.Through, Clause: g.Reason.Clause,
			Reason: g.Reason.Local(r.Lang)},
		Reasons: []jsonReason{}, Explanation: explanation(r, messagesFor(r.Lang), h)}
	j.Retired, _ = h.Entry.Retired()
	if !h.HasDecision() {
		return j
	}
	d := h.Decision
	j.Phase, j.Outcome, j.Behind, j.Store = slugOf(d.Phase), slugOf(d.Outcome), d.Behind, d.Next().Renewed
	j.Anniversary, j.RenewalYear, j.WindowOpens = d.Cycle.Date, d.Cycle.Year, d.Cycle.Opens
	j.Deadline, j.RenewedOn = d.Deadline(), d.RenewedOn
	for q := range d.Required().All() {
		j.Needs = append(j.Needs, slugOf(q))
	}
	for q := range d.Missing.All() {
		j.Missing = append(j.Missing, slugOf(q))
	}
	for _, q := range d.Reasons() {
		j.Reasons = append(j.Reasons, jsonReason{Clause: q.Clause, Text: q.Local(r.Lang)})
	}
	return j
}

// jsonCategoryOf lists the holdings granted (in rank order) and withheld
// in category c.
func jsonCategoryOf(r report, c specialization.Category) jsonCategory {
	st := r.Status
	j := jsonCategory{Category: slugOf(c), Cap: st.Caps[c], Used: st.Allocation.Used(c), Granted: []int{}, Withheld: []int{}}
	for rank := 1; rank <= len(st.Holdings); rank++ {
		for _, h := range st.Holdings {
			if g := h.Grant; g.Granted && g.Rank == rank && g.Holding.Item.Category() == c {
				j.Granted = append(j.Granted, h.Index)
			}
		}
	}
	for _, h := range st.Holdings {
		if g := h.Grant; !g.Holding.Item.IsZero() && !g.Granted && g.Holding.Item.Category() == c {
			j.Withheld = append(j.Withheld, h.Index)
		}
	}
	return j
}

// slugOf is the text form of an enum of the library; "" if it has none.
func slugOf(v interface{ MarshalText() ([]byte, error) }) string {
	t, err := v.MarshalText()
	if err != nil {
		return ""
	}
	return string(t)
}
