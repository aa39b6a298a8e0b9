package portfolio_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	sp "github.com/partnerkit/specializations/specialization"
)

// FuzzStatus feeds Status, Agenda and WhatIf portfolios decoded from
// bytes: entries by catalog position, days anywhere from 2019 to 2030,
// renewed counts up to 15, evidence and ends. They never panic, fail only
// with the documented errors, and a successful Status lists every holding.
func FuzzStatus(f *testing.F) {
	f.Add([]byte{0, 10, 1, 2, 0, 0, 0, 0}, uint16(2000), uint16(300))
	f.Add([]byte{15, 200, 3, 0, 9, 9, 9, 9, 16, 5, 1, 1, 0, 0, 0, 0}, uint16(1500), uint16(700))
	f.Add([]byte{7, 0, 0, 0, 0, 0, 0, 0}, uint16(0), uint16(0))
	var ids []sp.ID
	for s := range catalog.Default().All() {
		ids = append(ids, s.ID())
	}
	pl := portfolio.New(catalog.Default())
	start := date.MustParse("2019-01-01")
	f.Fuzz(func(t *testing.T, b []byte, asOf, span uint16) {
		p := portfolio.Partner{Designations: allDesignations, BenefitsPurchased: true, FirstDesignated: start.AddDays(int(span) % 4000)}
		for i := 0; i+8 <= len(b) && len(p.Holdings) < 40; i += 8 {
			h := portfolio.Holding{ID: ids[int(b[i])%len(ids)], Enrolled: start.AddDays(int(b[i+1]) * 16), Renewed: int(b[i+2]) % 16}
			if b[i+3] != 0 {
				h.Evidence.QualifiedOn = h.Enrolled.AddDays(int(b[i+3]) * 16)
			}
			if b[i+4] != 0 {
				h.Evidence.ValidatedOn = h.Enrolled.AddDays(int(b[i+4]) * 16)
			}
			if b[i+5] != 0 {
				h.Ended = h.Enrolled.AddDays(int(b[i+5]) * 8)
			}
			p.Holdings = append(p.Holdings, h)
		}
		on := start.AddDays(int(asOf) % 4400)
		st, err := pl.Status(p, on)
		if err != nil {
			if !knownError(err) {
				t.Fatalf("Status: undocumented error %v", err)
			}
			return
		}
		if len(st.Holdings) != len(p.Holdings) {
			t.Fatalf("Status lists %d holdings of %d", len(st.Holdings), len(p.Holdings))
		}
		for i, h := range st.Holdings {
			if h.Index != i || h.State == 0 || h.Item.IsZero() {
				t.Fatalf("holding %d: %+v", i, h)
			}
		}
		evs, err := pl.Agenda(p, on, on.AddDays(int(span)%1000))
		if err != nil {
			t.Fatalf("Agenda after a good Status: %v", err)
		}
		for k := 1; k < len(evs); k++ {
			if evs[k].Date.Before(evs[k-1].Date) {
				t.Fatalf("Agenda out of order at %d", k)
			}
		}
		if _, err := pl.WhatIf(p, ids[int(span)%len(ids)], on); err != nil && !knownError(err) {
			t.Fatalf("WhatIf: undocumented error %v", err)
		}
	})
}

// knownError reports whether err is one of the errors Status, Agenda and
// WhatIf document, with a message that names one package, at its start.
func knownError(err error) bool {
	msg, ok := strings.CutPrefix(err.Error(), "portfolio: ")
	for _, pkg := range []string{"portfolio", "renewal", "benefits", "specialization", "catalog", "date"} {
		if !ok || strings.Contains(msg, pkg+": ") {
			return false
		}
	}
	for _, target := range []error{portfolio.ErrUnknownEntry, portfolio.ErrNoDesignationDay, portfolio.ErrEndedBeforeEnrolled, portfolio.ErrNoManualValidation,
		renewal.ErrRenewedAhead, renewal.ErrNotRenewable,
		renewal.ErrInvalidEnrollment, renewal.ErrNoSuchAnniversary, sp.ErrNotOffered, benefits.ErrOverlap} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}
