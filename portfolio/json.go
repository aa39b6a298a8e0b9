package portfolio

import (
	"encoding/json"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// The JSON forms of this package's types follow one convention (see the
// package doc): keys are the Go field names in lowerCamelCase, every key
// is always present, and an entry (a specialization.Specialization) held
// in a field is written as its ID, "" for the zero entry. The types below
// hold entries directly, so they write them here; decoding them is refused
// by specialization.Specialization.UnmarshalJSON, since only a catalog can
// turn an ID back into an entry. Holding and Partner hold IDs and
// round-trip.

// MarshalJSON writes h with Entry and Item as their IDs:
// {"index":0,"holding":{…},"entry":"kubernetes","item":"kubernetes",
// "state":"renewal",…}.
func (h HoldingStatus) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Index     int               `json:"index"`
		Holding   Holding           `json:"holding"`
		Entry     specialization.ID `json:"entry"`
		Item      specialization.ID `json:"item"`
		State     State             `json:"state"`
		Decision  renewal.Decision  `json:"decision"`
		HeldUntil date.Date         `json:"heldUntil"`
		Through   date.Date         `json:"through"`
		Grant     benefits.Grant    `json:"grant"`
	}{h.Index, h.Holding, h.Entry.ID(), h.Item.ID(), h.State, h.Decision, h.HeldUntil, h.Through, h.Grant})
}

// MarshalJSON writes e with Item and Replacement as their IDs, "" where
// there is none.
func (e Event) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Date        date.Date            `json:"date"`
		Kind        EventKind            `json:"kind"`
		Holding     int                  `json:"holding"`
		Item        specialization.ID    `json:"item"`
		Cycle       renewal.Cycle        `json:"cycle"`
		Offset      int                  `json:"offset"`
		Needs       renewal.Requirements `json:"needs"`
		Replacement specialization.ID    `json:"replacement"`
	}{e.Date, e.Kind, e.Holding, e.Item.ID(), e.Cycle, e.Offset, e.Needs, e.Replacement.ID()})
}

// MarshalJSON writes p with Item as its ID.
func (p Prospect) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Item         specialization.ID    `json:"item"`
		On           date.Date            `json:"on"`
		Grant        benefits.Grant       `json:"grant"`
		FirstRenewal renewal.Cycle        `json:"firstRenewal"`
		Needs        renewal.Requirements `json:"needs"`
	}{p.Item.ID(), p.On, p.Grant, p.FirstRenewal, p.Needs})
}
