package main

import (
	"bytes"
	"encoding/json"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// The JSON output has the facts of the text report with stable camelCase
// keys, every key always present: dates are "YYYY-MM-DD" ("" for none),
// enums and requirement sets the library's slugs ("window-open",
// "carried-over", "qualification,audit"), names those in force on the
// as-of day. Events are the agenda, then the cancelled events; they refer
// to holdings by their index in "specializations", the file's order (-1:
// the partner's designation anniversary).
type jsonPlan struct {
	Partner         string         `json:"partner"`
	AsOf            date.Date      `json:"asOf"`
	Until           date.Date      `json:"until"`
	Lang            string         `json:"lang"`
	YearFrom        date.Date      `json:"designationYearFrom"`
	YearTo          date.Date      `json:"designationYearTo"`
	Benefits        []jsonCategory `json:"benefits"`
	Specializations []jsonItem     `json:"specializations"`
	Events          []jsonEvent    `json:"events"`
}

type jsonCategory struct {
	Category specialization.Category `json:"category"`
	Cap      int                     `json:"cap"`
	Used     int                     `json:"used"`
}

type jsonItem struct {
	Given        string                  `json:"given"` // the name as written in the file
	ID           specialization.ID       `json:"id"`    // the entry judged: the file's, or its replacement once carried over
	Name         string                  `json:"name"`
	Category     specialization.Category `json:"category"`
	Enrolled     date.Date               `json:"enrolled"`
	Renewed      int                     `json:"renewed"`
	State        portfolio.State         `json:"state"`
	Phase        renewal.Phase           `json:"phase"`
	Outcome      renewal.Outcome         `json:"outcome"`
	Anniversary  date.Date               `json:"anniversary"`
	RenewalYear  int                     `json:"renewalYear"`
	Deadline     date.Date               `json:"deadline"`
	RenewedOn    date.Date               `json:"renewedOn"`
	Missing      string                  `json:"missing"` // the set's text form, "qualification,audit"
	NextReminder date.Date               `json:"nextReminder"`
	HeldUntil    date.Date               `json:"heldUntil"`
	Benefit      bool                    `json:"benefit"`
	BenefitRank  int                     `json:"benefitRank"`
	BenefitTo    date.Date               `json:"benefitThrough"`
	BenefitWhy   string                  `json:"benefitReason"` // "CLAUSE: sentence"
	Explanation  string                  `json:"explanation"`
}

type jsonEvent struct {
	Date        date.Date           `json:"date"`
	Kind        portfolio.EventKind `json:"kind"`
	Holding     int                 `json:"holding"`
	Anniversary date.Date           `json:"anniversary"`
	Offset      int                 `json:"offset"`    // a reminder's days from the anniversary
	Cancelled   bool                `json:"cancelled"` // withdrawn: its cycle renewed (INT-7)
	Text        string              `json:"text"`
}

// writeJSON writes the report as indented JSON.
func writeJSON(b *bytes.Buffer, r report) error {
	st := r.Status
	j := jsonPlan{Partner: r.Partner, AsOf: r.AsOf, Until: r.Until, Lang: r.Lang, YearFrom: st.YearFrom,
		YearTo: st.YearTo, Specializations: []jsonItem{}, Events: []jsonEvent{}}
	for c := specialization.CategoryAzure; c <= specialization.CategorySecurity; c++ {
		j.Benefits = append(j.Benefits, jsonCategory{c, st.Caps[c], st.Allocation.Used(c)})
	}
	for _, h := range st.Holdings {
		j.Specializations = append(j.Specializations, jsonItemOf(r, h))
	}
	for k, e := range append(r.Agenda[:len(r.Agenda):len(r.Agenda)], r.Cancelled...) {
		j.Events = append(j.Events, jsonEvent{Date: e.Date, Kind: e.Kind, Holding: e.Holding,
			Anniversary: e.Cycle.Date, Offset: e.Offset, Cancelled: k >= len(r.Agenda), Text: e.Text(r.Lang)})
	}
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(j)
}

func jsonItemOf(r report, h portfolio.HoldingStatus) jsonItem {
	g, d := h.Grant, h.Decision
	j := jsonItem{Given: r.Names[h.Index], ID: h.Item.ID(), Name: h.Item.LocalName(r.Lang), Category: h.Item.Category(),
		Enrolled: h.Holding.Enrolled, Renewed: h.Holding.Renewed, State: h.State, Phase: d.Phase, Outcome: d.Outcome,
		Anniversary: d.Cycle.Date, RenewalYear: d.Cycle.Year, RenewedOn: d.RenewedOn,
		NextReminder: r.nextReminder(h.Index), HeldUntil: h.HeldUntil, Benefit: g.Granted, BenefitRank: g.Rank,
		BenefitTo: g.Through, Explanation: explanation(r, h)}
	if missing, err := d.Missing.MarshalText(); err == nil {
		j.Missing = string(missing)
	}
	if h.HasDecision() && d.Outcome != renewal.OutcomeRetired {
		j.Deadline = d.Deadline()
	}
	if g.Reason.Clause != "" {
		j.BenefitWhy = g.Reason.Clause + ": " + g.Reason.Local(r.Lang)
	}
	return j
}
