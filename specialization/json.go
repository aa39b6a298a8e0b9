package specialization

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/partnerkit/specializations/date"
)

// jsonEntry is the stable JSON shape of a Specialization. Every key is
// always present, so consumers need no existence checks.
type jsonEntry struct {
	ID            ID                `json:"id"`
	Kind          Kind              `json:"kind"`
	Category      Category          `json:"category"`
	Name          string            `json:"name"`
	ChineseName   string            `json:"chineseName"`
	Aliases       []string          `json:"aliases"`
	Designations  DesignationSet    `json:"designations"`
	Validation    Validation        `json:"validation"`
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
		ID: d.ID, Kind: d.Kind, Category: d.Category, Name: t.name, ChineseName: t.chineseName,
		Aliases: append([]string{}, s.e.aliases...), Designations: t.designations,
		Validation: t.validation, Retired: d.Retired,
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

// ErrNotDecodable reports JSON decoded into a Specialization. An entry is
// immutable catalog data, and what MarshalJSON writes is a report of it,
// not a way to build one: store its ID, and resolve the ID through a
// catalog (catalog.Catalog.Get) when reading it back.
var ErrNotDecodable = errors.New("not decodable")

// UnmarshalJSON refuses to decode an entry, so that a type holding a
// Specialization cannot read back as an empty entry in silence: it returns
// an error wrapping ErrNotDecodable that names the entry's ID when b is a
// JSON string or an object with an "id" key. JSON null leaves s unchanged
// and is no error, so that the zero Specialization, written as null, reads
// back as itself.
func (s *Specialization) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var id string
	if json.Unmarshal(b, &id) != nil {
		var obj struct {
			ID string `json:"id"`
		}
		_ = json.Unmarshal(b, &obj) // no ID to name is no worse an error
		id = obj.ID
	}
	if id == "" {
		return fmt.Errorf("specialization: entry: %w: resolve its ID through a catalog", ErrNotDecodable)
	}
	return fmt.Errorf("specialization: entry %q: %w: resolve its ID through a catalog", id, ErrNotDecodable)
}
