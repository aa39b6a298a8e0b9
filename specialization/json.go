package specialization

import (
	"encoding/json"

	"github.com/partnerkit/specializations/date"
)

// jsonEntry is the stable JSON shape of a Specialization. Every key is
// always present, so consumers need no existence checks.
type jsonEntry struct {
	ID            ID                `json:"id"`
	Kind          string            `json:"kind"`
	Category      string            `json:"category"`
	Name          string            `json:"name"`
	ChineseName   string            `json:"chineseName"`
	Aliases       []string          `json:"aliases"`
	Designations  DesignationSet    `json:"designations"`
	Validation    string            `json:"validation"`
	Retired       date.Date         `json:"retired"`
	ReplacedBy    ID                `json:"replacedBy"`
	Introduced    date.Date         `json:"introduced"`
	Closes        date.Date         `json:"closes"`
	CarriesOver   bool              `json:"carriesOver"`
	Since         date.Date         `json:"since"`
	Qualification [][]jsonThreshold `json:"qualification"`
}

type jsonThreshold struct {
	Measure Measure `json:"measure"`
	Min     string  `json:"min"`
	Unit    string  `json:"unit"`
	Text    string  `json:"text"`
}

// MarshalJSON writes s in a stable shape; every key is always present:
//
//	{
//	  "id": "analytics-on-microsoft-azure",
//	  "kind": "specialization",           // or "expert-program"
//	  "category": "azure",                // Category slug
//	  "name": "Analytics on Microsoft Azure",
//	  "chineseName": "Microsoft Azure 上的分析",
//	  "aliases": [],                      // former names and variants
//	  "designations": ["data-and-ai"],    // Designation slugs, ascending
//	  "validation": "audit",              // Validation slug
//	  "retired": "",                      // YYYY-MM-DD, "" while active
//	  "replacedBy": "",                   // an ID or ""
//	  "introduced": "",                   // YYYY-MM-DD, "" when before the records
//	  "closes": "",                       // YYYY-MM-DD, "" when open (see Closes)
//	  "carriesOver": false,
//	  "since": "",                        // first day of these terms (Since)
//	  "qualification": []                 // groups of {"measure","min","unit","text"}
//	}
//
// Names, designations, validation and qualification are the view's terms
// (On); the dated changes themselves are not written.
//
// Decimal minimums are written as strings ("2000", "100000.5"), exactly and
// whatever decimal's package-level settings are. The zero Specialization is
// written as null.
func (s Specialization) MarshalJSON() ([]byte, error) {
	if s.e == nil {
		return []byte("null"), nil
	}
	d, t := &s.e.def, s.terms()
	closes, _ := s.Closes()
	j := jsonEntry{
		ID: d.ID, Kind: slug(kindNames[:], uint8(d.Kind)),
		Category: slug(categoryNames[:], uint8(d.Category)), Name: t.name, ChineseName: t.chineseName,
		Aliases: append([]string{}, s.e.aliases...), Designations: t.designations,
		Validation: slug(validationNames[:], uint8(t.validation)), Retired: d.Retired,
		ReplacedBy: d.ReplacedBy, Introduced: d.Introduced, Closes: closes, CarriesOver: d.CarriesOver,
		Since: t.since, Qualification: make([][]jsonThreshold, 0, len(t.qualification)),
	}
	for _, g := range t.qualification {
		jg := make([]jsonThreshold, 0, len(g))
		for _, t := range g {
			jg = append(jg, jsonThreshold{Measure: t.Measure, Min: t.Min.String(), Unit: t.Unit, Text: t.Text})
		}
		j.Qualification = append(j.Qualification, jg)
	}
	return json.Marshal(j)
}

func slug(names []enumName, v uint8) string {
	n, _ := lookupName(names, v)
	return n.slug
}
