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
var decodeSentinels = []error{errEncoding, errSyntax, errDuplicateKey, errUnknownField, errWrongType, errMissing,
	errBadDate, errUnknownDesignation, errUnknownSpecialization, errNegative,
	errControl, date.ErrInvalid, date.ErrSyntax}

// FuzzDecodePortfolio checks that no input makes the decoder or the rest
// of the program panic, that every error is one line of a known kind, and
// that what decodes can be planned and written in every format.
func FuzzDecodePortfolio(f *testing.F) {
	f.Add(demo)
	f.Add([]byte(portfolioWith("")))
	f.Add([]byte(portfolioWith(`"specialization": "Azure Expert MSP", "enrolled": "2023-05-01", "lapsed": "2027-01-01"`)))
	f.Add([]byte(portfolioWith(`"specialization": "sales", "enrolled": "2024-02-29", "renewed": 2, "qualifiedOn": "2026-01-01"`)))
	f.Add([]byte(`{"partner": "x",}`))
	f.Add([]byte(`{"partner": "a", "PARTNER": "b"}`))
	f.Add([]byte("\uFEFF{\"designationAnniversary\": \"2023-02-30\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := decodePortfolio(data, "f.json", catalog.Default())
		if err != nil {
			checkDecodeError(t, err)
			return
		}
		if len(in.Names) != len(in.Partner.Holdings) {
			t.Fatalf("decodePortfolio gave %d names for %d holdings", len(in.Names), len(in.Partner.Holdings))
		}
		for _, lang := range []string{"en", "zh-Hans"} {
			o := options{asOf: date.MustParse(demoAsOf), until: date.MustParse("2028-11-24"), lang: lang, years: 2}
			r, err := buildReport(in, o, "f.json")
			if err != nil {
				if msg := err.Error(); !strings.HasPrefix(msg, "f.json") || strings.ContainsAny(msg, "\r\n") {
					t.Fatalf("buildReport error %q is not one line naming the input", msg)
				}
				return
			}
			var b bytes.Buffer
			writeText(&b, r)
			writeICS(&b, r)
			if err := writeJSON(&b, r); err != nil {
				t.Fatal(err)
			}
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
