package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// The JSON output has the facts of the text report with stable camelCase
// field names: every key is always present, dates are "YYYY-MM-DD" ("" for
// none) and enums are slugs ("window-open", "customer-reference").

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
	ID           specialization.ID `json:"id"`
	Name         string            `json:"name"`
	Category     string            `json:"category"`
	Kind         string            `json:"kind"`
	Enrolled     date.Date         `json:"enrolled"`
	Renewed      int               `json:"renewed"`
	Status       string            `json:"status"` // "renewal", "expert-program", "not-enrolled-yet", "ended"
	Phase        string            `json:"phase"`
	Outcome      string            `json:"outcome"`
	Anniversary  date.Date         `json:"anniversary"`
	RenewalYear  int               `json:"renewalYear"`
	WindowOpens  date.Date         `json:"windowOpens"`
	Deadline     date.Date         `json:"deadline"`
	RenewedOn    date.Date         `json:"renewedOn"`
	Missing      []string          `json:"missing"`
	NextReminder date.Date         `json:"nextReminder"`
	LapsedOn     date.Date         `json:"lapsedOn"`
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
	Category string              `json:"category"`
	Cap      int                 `json:"cap"`
	Used     int                 `json:"used"`
	Granted  []specialization.ID `json:"granted"`
	Withheld []specialization.ID `json:"withheld"`
}

type jsonEvent struct {
	Date           date.Date         `json:"date"`
	Kind           string            `json:"kind"` // "window-opens", "anniversary", "valid-to", "reminder"
	Specialization specialization.ID `json:"specialization"`
	Anniversary    date.Date         `json:"anniversary"`
	RenewalYear    int               `json:"renewalYear"`
	Reminder       bool              `json:"reminder"` // a reminder is sent that day
}

var statusSlugs = [...]string{stateRenewal: "renewal", stateExpert: "expert-program", stateNotYet: "not-enrolled-yet", stateEnded: "ended"}

// writeJSON writes the plan as indented JSON.
func writeJSON(b *bytes.Buffer, pl plan) error {
	j := jsonPlan{
		Partner: pl.Partner, AsOf: pl.AsOf, Until: pl.Until, Lang: pl.Lang,
		DesignationYear: jsonYear{From: pl.YearFrom, Through: pl.YearTo},
		Specializations: []jsonItem{}, Benefits: []jsonCategory{}, Events: []jsonEvent{},
	}
	for _, it := range pl.Items {
		j.Specializations = append(j.Specializations, jsonItemOf(it, pl.Lang))
	}
	for _, cp := range pl.Categories {
		j.Benefits = append(j.Benefits, jsonCategoryOf(cp, pl.Items))
	}
	for _, e := range pl.Events {
		j.Events = append(j.Events, jsonEvent{Date: e.Date, Kind: e.Kind.slug(),
			Specialization: pl.Items[e.Item].Entry.Item.ID(), Anniversary: e.Cycle.Date,
			RenewalYear: e.Cycle.Year, Reminder: e.Reminder || e.Kind == eventReminder})
	}
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(j); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

func jsonItemOf(it planItem, lang string) jsonItem {
	s := it.Entry.Item
	g := it.Grant
	j := jsonItem{
		ID: s.ID(), Name: s.LocalName(lang), Category: slugOf(s.Category()), Kind: slugOf(s.Kind()),
		Enrolled: it.Entry.Enrolled, Renewed: it.Entry.Renewed, Status: statusSlugs[it.State],
		Missing: []string{}, NextReminder: it.NextReminder, LapsedOn: it.LapsedOn,
		Benefit: jsonGrant{Granted: g.Granted, Rank: g.Rank, Through: g.Through, Clause: g.Reason.Clause, Reason: g.Reason.Text},
		Reasons: []jsonReason{}, Explanation: explanation(it, lang, messagesFor(lang)),
	}
	if it.State != stateRenewal {
		return j
	}
	d := it.Decision
	j.Phase, j.Outcome = slugOf(d.Phase), slugOf(d.Outcome)
	j.Anniversary, j.RenewalYear, j.WindowOpens = d.Cycle.Date, d.Cycle.Year, d.Cycle.Opens
	j.Deadline, j.RenewedOn = d.Deadline(), d.RenewedOn
	for r := range d.Missing.All() {
		j.Missing = append(j.Missing, slugOf(r))
	}
	for _, r := range d.Reasons() {
		j.Reasons = append(j.Reasons, jsonReason{Clause: r.Clause, Text: r.Text})
	}
	return j
}

func jsonCategoryOf(cp categoryPlan, items []planItem) jsonCategory {
	j := jsonCategory{Category: slugOf(cp.Category), Cap: cp.Cap, Used: cp.Used,
		Granted: []specialization.ID{}, Withheld: []specialization.ID{}}
	for _, i := range cp.Granted {
		j.Granted = append(j.Granted, items[i].Entry.Item.ID())
	}
	for _, i := range cp.Withheld {
		j.Withheld = append(j.Withheld, items[i].Entry.Item.ID())
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
