package renewal_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// roundTrip encodes v, decodes the JSON into a fresh T and reports any
// difference.
func roundTrip[T any](t *testing.T, name string, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: json.Marshal(%+v): %v", name, v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: json.Unmarshal(%s): %v", name, b, err)
	}
	if diff := cmp.Diff(v, back); diff != "" {
		t.Errorf("%s: %s read back (-want +got):\n%s", name, b, diff)
	}
}

// The types without an entry round-trip through JSON, zero values
// included.
func TestJSONRoundTrip(t *testing.T) {
	p := renewal.DefaultPolicy()
	mar1 := p
	mar1.LeapDay, mar1.ReminderDays = renewal.LeapDayMar1, []int{}
	roundTrip(t, "INT-3 default policy", p)
	roundTrip(t, "INT-2 1 March policy", mar1)
	roundTrip(t, "zero policy", renewal.Policy{})
	c, err := p.Cycle(enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 0), 2)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "REN-4 cycle", c)
	roundTrip(t, "zero cycle", renewal.Cycle{})
	roundTrip(t, "INT-6 evidence", renewal.Evidence{QualifiedOn: d("2026-11-20"), ValidatedOn: d("2026-12-03")})
	roundTrip(t, "INT-6 no evidence yet", renewal.Evidence{})
	roundTrip(t, "REN-3 reason", renewal.Reason{Clause: "REN-3", Text: "the 1st renewal year", Chinese: "第 1 个续订年"})
	roundTrip(t, "zero reason", renewal.Reason{})
	for _, tt := range enumCases {
		if tt.want.Err {
			continue
		}
		switch v := tt.v.(type) {
		case renewal.Requirement:
			roundTrip(t, tt.name, v)
		case renewal.Phase:
			roundTrip(t, tt.name, v)
		case renewal.Outcome:
			roundTrip(t, tt.name, v)
		case renewal.LeapDay:
			roundTrip(t, tt.name, v)
		default:
			t.Errorf("%s: %T has no round trip", tt.name, v)
		}
	}
	for _, s := range []renewal.Requirements{0, qa, qr, all} {
		roundTrip(t, "INT-10 missing "+s.String(), s)
	}
}

// Each key is its field name in lowerCamelCase, and every key is present
// even for a zero value.
func TestJSONKeys(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"zero policy", renewal.Policy{},
			`{"windowOpens":0,"grace":0,"reviewsFrom":"","manualFrom":"","reminderDays":null,"leapDay":"feb-28"}`},
		{"zero cycle", renewal.Cycle{},
			`{"anniversary":0,"year":0,"date":"","opens":"","validTo":"","manual":false}`},
		{"zero evidence", renewal.Evidence{}, `{"qualifiedOn":"","validatedOn":""}`},
		{"zero reason", renewal.Reason{}, `{"clause":"","text":"","chinese":""}`},
		{"zero enrollment", renewal.Enrollment{}, `{"item":"","enrolled":"","renewed":0}`},
		{"zero decision", renewal.Decision{},
			`{"enrollment":{"item":"","enrolled":"","renewed":0},"asOf":"",` +
				`"cycle":{"anniversary":0,"year":0,"date":"","opens":"","validTo":"","manual":false},` +
				`"phase":"","outcome":"","renewedOn":"","missing":[],"behind":false}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("json.Marshal(%T) (-want +got):\n%s", tt.v, diff)
			}
		})
	}
}

// The seed's second example renewed (RULES POST-4), pinned as JSON: the
// entry by its ID, dates as text, enums as slugs, the missing set as an
// array.
func TestDecisionJSON(t *testing.T) {
	e := enroll(t, "analytics-on-microsoft-azure", "2025-01-01", 1)
	dec, err := renewal.DefaultPolicy().Evaluate(e, renewal.Evidence{QualifiedOn: d("2026-11-20")}, d("2026-11-24"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(dec, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "enrollment": {
    "item": "analytics-on-microsoft-azure",
    "enrolled": "2025-01-01",
    "renewed": 1
  },
  "asOf": "2026-11-24",
  "cycle": {
    "anniversary": 2,
    "year": 2,
    "date": "2027-01-01",
    "opens": "2026-11-02",
    "validTo": "2027-01-31",
    "manual": true
  },
  "phase": "window-open",
  "outcome": "pending",
  "renewedOn": "",
  "missing": [
    "audit"
  ],
  "behind": false
}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("POST-4 Decision JSON (-want +got):\n%s", diff)
	}
}

// A type that holds an entry does not decode: the entry needs a catalog.
func TestJSONRefusesEntries(t *testing.T) {
	e := enroll(t, "kubernetes", "2024-05-10", 0)
	dec, err := renewal.DefaultPolicy().Evaluate(e, renewal.Evidence{}, d("2025-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		v    any
		into func([]byte) error
	}{
		{"Enrollment", e, func(b []byte) error { var e renewal.Enrollment; return json.Unmarshal(b, &e) }},
		{"Decision", dec, func(b []byte) error { var d renewal.Decision; return json.Unmarshal(b, &d) }},
		{"Enrollment with a zero Item", renewal.Enrollment{Enrolled: d("2024-05-10")},
			func(b []byte) error { var e renewal.Enrollment; return json.Unmarshal(b, &e) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			if err := tt.into(b); !errors.Is(err, specialization.ErrNotDecodable) {
				t.Errorf("json.Unmarshal(%s) error = %v, want one wrapping specialization.ErrNotDecodable", b, err)
			}
		})
	}
}
