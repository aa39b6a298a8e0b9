package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
)

// decodeSentinels are the kinds of error decodePortfolio may return.
var decodeSentinels = []error{errSyntax, errUnknownField, errWrongType, errMissing, errBadDate,
	errUnknownDesignation, errUnknownSpecialization, errDuplicate, errNegative, errExpertEvidence,
	errNoValidation, errOrder, errControl}

// FuzzDecodePortfolio checks that no input makes the decoder or the rest
// of the program panic, that every error is one line of a known kind,
// and that what decodes is valid and can be planned and written.
func FuzzDecodePortfolio(f *testing.F) {
	f.Add(demo)
	f.Add([]byte(portfolioWith("")))
	f.Add([]byte(portfolioWith(`"specialization": "Azure Expert MSP", "enrolled": "2023-05-01", "lapsed": "2027-01-01"`)))
	f.Add([]byte(portfolioWith(`"specialization": "sales", "enrolled": "2024-02-29", "renewed": 2, "qualifiedOn": "2026-01-01"`)))
	f.Add([]byte(`{"partner": "x",}`))
	f.Add([]byte(`{"designationAnniversary": "2023-02-30"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := decodePortfolio(data, "f.json", catalog.Default())
		if err != nil {
			checkDecodeError(t, err)
			return
		}
		seen := map[string]bool{}
		for _, e := range p.Entries {
			if e.Item.IsZero() || e.Enrolled.IsZero() || e.Renewed < 0 || seen[string(e.Item.ID())] {
				t.Fatalf("decodePortfolio accepted an invalid entry %+v", e)
			}
			seen[string(e.Item.ID())] = true
		}
		pl, err := buildPlan(p, options{asOf: date.MustParse(demoAsOf), format: "text", lang: "en", years: 2})
		if err != nil {
			if msg := err.Error(); msg == "" || strings.ContainsAny(msg, "\r\n") {
				t.Fatalf("buildPlan error %q is not one line", msg)
			}
			return
		}
		var b bytes.Buffer
		writeText(&b, pl)
		writeICS(&b, pl)
		if err := writeJSON(&b, pl); err != nil {
			t.Fatal(err)
		}
	})
}

func checkDecodeError(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	if !strings.HasPrefix(msg, "f.json") || strings.ContainsAny(msg, "\r\n") {
		t.Fatalf("error %q is not one line naming the input", msg)
	}
	for _, s := range decodeSentinels {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error %q wraps none of the planner's kinds", msg)
}
