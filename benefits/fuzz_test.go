package benefits_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// fuzzInput decodes fuzz bytes into an Allocate input, valid or not: an
// 8-byte header (flags and years, designations, as-of and membership-end
// offsets, four caps that may be negative), then 3 bytes per holding (item
// or zero item, earned offset, lapsed offset). The items include entries
// introduced and retired on dated days, so that some holdings are earned
// on days their item is not offered.
func fuzzInput(b []byte) (benefits.Partner, []benefits.Holding, benefits.Caps, date.Date) {
	var head [8]byte
	copy(head[:], b)
	da := day("2026-07-01")
	if head[0]&8 != 0 {
		da = day("2024-02-29")
	}
	p := benefits.Partner{
		BenefitsPurchased:      head[0]&1 == 0,
		Designations:           specialization.DesignationSet(head[1]),
		DesignationAnniversary: da,
	}
	// Up to 510 days and 15 years after the designation day; before it
	// when the offset wraps below zero.
	asOf := da.AddDays(int(head[2])*2 + int(head[0]>>4)*365 - 100*int(head[0]>>7))
	if head[0]&2 != 0 {
		p.MembershipEnds = da.AddDays(int(int8(head[3])) * 4)
	}
	var caps benefits.Caps
	if head[0]&4 != 0 {
		caps = benefits.Caps{}
		for i, c := range head[4:8] {
			if c != 0 {
				caps[specialization.Category(i+1)] = int(int8(c)) / 16
			}
		}
	}
	var hs []benefits.Holding
	for rec := b[min(len(b), 8):]; len(rec) >= 3 && len(hs) < 64; rec = rec[3:] {
		hs = append(hs, fuzzHolding(rec, da))
	}
	return p, hs, caps, asOf
}

func fuzzHolding(rec []byte, da date.Date) benefits.Holding {
	var h benefits.Holding
	if rec[0] < 250 { // and the zero Item otherwise
		h.Item = item(string(fuzzItems[int(rec[0])%len(fuzzItems)].ID))
	}
	if rec[1] != 0 {
		h.Earned = da.AddDays(int(int8(rec[1])) * 5)
	}
	if rec[2] != 0 {
		h.Lapsed = h.Earned.AddDays(int(int8(rec[2])) * 3)
	}
	return h
}

var fuzzItems = slices.Concat(testDefinitions, editionDefinitions)

var sentinels = []error{benefits.ErrNoAsOf, benefits.ErrInvalidPartner, benefits.ErrInvalidCap,
	benefits.ErrInvalidHolding, benefits.ErrOverlap,
	specialization.ErrNotOffered}

// isKnown reports whether err wraps one of the documented errors, with a
// message that names one package, at its start.
func isKnown(err error) bool {
	msg, ok := strings.CutPrefix(err.Error(), "benefits: ")
	for _, pkg := range []string{"benefits", "specialization", "date"} {
		if !ok || strings.Contains(": "+msg, ": "+pkg+": ") {
			return false
		}
	}
	return slices.ContainsFunc(sentinels, func(s error) bool { return errors.Is(err, s) })
}

// FuzzAllocate checks that Allocate never panics, reports bad input with
// one of its sentinel errors, and otherwise keeps every invariant: caps
// never exceeded, Used+Remaining = cap, the same grants for the input
// reversed, and WhatIf changing nothing.
func FuzzAllocate(f *testing.F) {
	f.Add([]byte{0, 0xff, 50, 0, 0, 0, 0, 0, 14, 200, 0, 15, 220, 0, 16, 250, 0, 17, 10, 0})
	f.Add([]byte{6, 0xff, 150, 40, 32, 16, 0, 48, 0, 100, 30, 6, 160, 0, 6, 161, 0, 9, 0, 0})
	f.Add([]byte{2, 0x40, 100, 10, 0, 0, 0, 0, 14, 250, 10, 14, 2, 0, 200, 1, 1})
	f.Add([]byte{0x18, 0xff, 30, 0, 0, 0, 0, 0, 18, 200, 0, 19, 10, 0, 20, 12, 0, 8, 250, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, hs, caps, asOf := fuzzInput(b)
		a, err := benefits.Allocate(p, hs, caps, asOf)
		if err != nil {
			if !isKnown(err) {
				t.Fatalf("Allocate(...) error %q wraps no sentinel, or names another package", err)
			}
			return
		}
		checkInvariants(t, p, hs, caps, asOf, a)
		reversed := slices.Clone(hs)
		slices.Reverse(reversed)
		r, err := benefits.Allocate(p, reversed, caps, asOf)
		if err != nil {
			t.Fatalf("Allocate(reversed) error %v, but none in order", err)
		}
		got := r.Grants()
		slices.Reverse(got)
		if diff := cmp.Diff(a.Grants(), got); diff != "" {
			t.Fatalf("INT-8 the grants depend on the input order (-want +got):\n%s", diff)
		}
		before := a.Grants()
		var tail [3]byte // the bytes left over after the last holding
		copy(tail[:], b[len(b)-len(b)%3:])
		if _, err := a.WhatIf(fuzzHolding(tail[:], p.DesignationAnniversary)); err != nil && !isKnown(err) {
			t.Fatalf("WhatIf(...) error %q wraps no sentinel, or names another package", err)
		}
		if diff := cmp.Diff(before, a.Grants()); diff != "" {
			t.Fatalf("WhatIf changed the allocation (-before +after):\n%s", diff)
		}
	})
}
