package portfolio_test

import (
	"encoding/json"
	"testing"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	sp "github.com/partnerkit/specializations/specialization"
)

// day is date.MustParse, short for test tables.
func day(s string) date.Date { return date.MustParse(s) }

// allDesignations is a partner holding every Solutions Partner designation.
var allDesignations = sp.Designations(sp.DesignationDataAndAI, sp.DesignationDigitalAndAppInnovation,
	sp.DesignationInfrastructure, sp.DesignationBusinessApplications, sp.DesignationModernWork, sp.DesignationSecurity)

// partner returns a partner with every designation, benefits bought and a
// first designation day of 2022-08-15, holding hs.
func partner(hs ...portfolio.Holding) portfolio.Partner {
	return portfolio.Partner{Designations: allDesignations, BenefitsPurchased: true,
		FirstDesignated: day("2022-08-15"), Holdings: hs}
}

// roundTrip encodes v to JSON and decodes it into a fresh T.
func roundTrip[T any](t *testing.T, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%+v): %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", b, err)
	}
	return back
}
