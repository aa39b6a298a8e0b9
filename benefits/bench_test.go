package benefits_test

import (
	"testing"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// benchHoldings returns 40 holdings across all four categories: every test
// item once (the last two earned after the designation anniversary), four of
// them lapsed and earned again, and old holdings lapsed long before the year.
func benchHoldings() []benefits.Holding {
	var hs []benefits.Holding
	for i, d := range testDefinitions {
		h := benefits.Holding{Item: item(string(d.ID)), Earned: day("2024-08-01").AddDays(45 * i)}
		if i%4 == 1 && i < 17 {
			h.Lapsed = h.Earned.AddDays(100)
			hs = append(hs, benefits.Holding{Item: h.Item, Earned: h.Lapsed.AddDays(10)})
		}
		hs = append(hs, h)
	}
	for i := 0; len(hs) < 40; i++ {
		hs = append(hs, benefits.Holding{Item: item(string(testDefinitions[i].ID)),
			Earned: day("2020-01-01").AddDays(11 * i), Lapsed: day("2021-01-01")})
	}
	return hs
}

var benchAsOf = date.MustParse("2026-10-01")

func BenchmarkAllocate(b *testing.B) {
	hs := benchHoldings()
	p := member()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := benefits.Allocate(p, hs, nil, benchAsOf); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGrants(b *testing.B) {
	a, err := benefits.Allocate(member(), benchHoldings(), nil, benchAsOf)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Grants()
	}
}

func BenchmarkWhatIf(b *testing.B) {
	a, err := benefits.Allocate(member(), benchHoldings(), nil, benchAsOf)
	if err != nil {
		b.Fatal(err)
	}
	extra, err := specialization.New(security("extra-security-item", "Extra Security Item", ""))
	if err != nil {
		b.Fatal(err)
	}
	h := benefits.Holding{Item: extra}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.WhatIf(h); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAllocateAllocations keeps Allocate at one allocation (its holdings
// copy) however many holdings there are, with the published caps (nil) or
// the caller's.
func TestAllocateAllocations(t *testing.T) {
	hs := benchHoldings()
	p := member()
	for _, caps := range []benefits.Caps{nil, benefits.PublishedCaps(benchAsOf)} {
		got := testing.AllocsPerRun(100, func() {
			if _, err := benefits.Allocate(p, hs, caps, benchAsOf); err != nil {
				t.Fatal(err)
			}
		})
		if got > 1 {
			t.Errorf("BEN-2 Allocate of %d holdings, caps %v: %v allocations per run, want 1", len(hs), caps, got)
		}
	}
}
