package benefits_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/specialization"
)

func TestAllocateErrors(t *testing.T) {
	zeroDA := member()
	zeroDA.DesignationAnniversary = day("")
	lateDA := member()
	lateDA.DesignationAnniversary = day("2026-10-02")
	lastYearDA := member()
	lastYearDA.DesignationAnniversary = day("9999-03-01")

	const noHolding = -1 // the error is not about a holding: no *HoldingError
	tests := []struct {
		name     string
		partner  benefits.Partner
		holdings []benefits.Holding
		caps     benefits.Caps
		asOf     string
		want     error
		index    int    // the *HoldingError's Index, or noHolding
		field    string // the *HoldingError's Field
		msg      string
	}{
		{name: "INT-1 zero as-of date", partner: member(), asOf: "",
			want: benefits.ErrNoAsOf, index: noHolding,
			msg: "benefits: no as-of date"},
		{name: "INT-8 zero designation anniversary", partner: zeroDA, asOf: "2026-10-01",
			want: benefits.ErrInvalidPartner, index: noHolding,
			msg: "benefits: no designation anniversary: invalid partner"},
		{name: "INT-8 designation anniversary after the as-of date", partner: lateDA, asOf: "2026-10-01",
			want: benefits.ErrInvalidPartner, index: noHolding,
			msg: "benefits: designation anniversary 2026-10-02 after the as-of date 2026-10-01: invalid partner"},
		{name: "INT-2 designation anniversary in year 9999 has no next one", partner: lastYearDA,
			asOf: "9999-06-01", want: benefits.ErrInvalidPartner, index: noHolding,
			msg: "benefits: designation anniversary 9999-03-01: no next one before year 10000: invalid partner"},
		{name: "BEN-2 negative cap", partner: member(), asOf: "2026-10-01",
			caps: benefits.Caps{specialization.CategorySecurity: -1},
			want: benefits.ErrInvalidCap, index: noHolding,
			msg: "benefits: -1 for Security: invalid cap"},
		{name: "BEN-2 cap for a value that is no category", partner: member(), asOf: "2026-10-01",
			caps: benefits.Caps{specialization.CategorySecurity: 3, specialization.Category(0): 1},
			want: benefits.ErrInvalidCap, index: noHolding,
			msg: "benefits: 1 for category 0: invalid cap"},
		{name: "INT-9 zero item", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("cloud-security", "2025-01-01"), {Earned: day("2025-01-01")}},
			want:     benefits.ErrInvalidHolding, index: 1, field: "Item",
			msg: "benefits: holding 1: no item: invalid holding"},
		{name: "INT-1 zero earned date", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("cloud-security", "")},
			want:     benefits.ErrInvalidHolding, index: 0, field: "Earned",
			msg: "benefits: holding 0: cloud-security: no earned date: invalid holding"},
		{name: "INT-9 earned after the as-of date has not happened yet", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("cloud-security", "2025-01-01"), held("threat-protection", "2026-10-02")},
			want:     benefits.ErrInvalidHolding, index: 1, field: "Earned",
			msg: "benefits: holding 1: threat-protection earned 2026-10-02, after the as-of date 2026-10-01: invalid holding"},
		{name: "INT-8 lapsed before earned", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{lapsed("cloud-security", "2025-01-01", "2024-12-31")},
			want:     benefits.ErrInvalidHolding, index: 0, field: "Lapsed",
			msg: "benefits: holding 0: cloud-security lapsed 2024-12-31, not after earned 2025-01-01: invalid holding"},
		{name: "INT-8 lapsed on the day earned", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{lapsed("cloud-security", "2025-01-01", "2025-01-01")},
			want:     benefits.ErrInvalidHolding, index: 0, field: "Lapsed",
			msg: "benefits: holding 0: cloud-security lapsed 2025-01-01, not after earned 2025-01-01: invalid holding"},
		{name: "EDN-3 earned the day its item closed: not offered", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("finance", "2025-01-01"), held("intelligent-automation", "2026-07-31")},
			want:     specialization.ErrNotOffered, index: 1, field: "Earned",
			msg: "benefits: holding 1: entry \"intelligent-automation\" (Intelligent Automation) " +
				"on 2026-07-31: closed to new enrollments from 2026-07-31: not offered"},
		{name: "EDN-3 earned the day before its item was introduced: not offered", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("agentic-business-solutions", "2026-07-30")},
			want:     specialization.ErrNotOffered, index: 0, field: "Earned",
			msg: "benefits: holding 0: entry \"agentic-business-solutions\" (Agentic Business " +
				"Solutions) on 2026-07-30: introduced 2026-07-31: not offered"},
		{name: "INT-8 the same item held twice at once", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{
				held("cloud-security", "2026-03-01"),
				held("threat-protection", "2025-01-01"),
				lapsed("cloud-security", "2025-01-01", "2026-03-02"),
			},
			want: benefits.ErrOverlap, index: 2,
			msg: "benefits: holding 2: cloud-security from 2025-01-01 until 2026-03-02 and holding 0 from 2026-03-01: " +
				"overlapping holdings"},
		{name: "INT-8 the same item earned twice on one day", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2025-01-01", "2025-06-01"),
				held("cloud-security", "2025-01-01"),
			},
			want: benefits.ErrOverlap, index: 1,
			msg: "benefits: holding 1: cloud-security from 2025-01-01 and holding 0 from 2025-01-01 until 2025-06-01: " +
				"overlapping holdings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := benefits.Allocate(tt.partner, tt.holdings, tt.caps, day(tt.asOf))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Allocate(...) error = %v, want one wrapping %v", err, tt.want)
			}
			if got := err.Error(); got != tt.msg {
				t.Errorf("Allocate(...) error:\n got %q\nwant %q", got, tt.msg)
			}
			var he *benefits.HoldingError
			if !errors.As(err, &he) {
				if tt.index != noHolding {
					t.Errorf("Allocate(...) error %v: no *HoldingError, want one for holding %d", err, tt.index)
				}
			} else {
				type about struct {
					Index   int
					Field   string
					Holding benefits.Holding
				}
				want := about{Index: tt.index, Field: tt.field}
				if tt.index >= 0 {
					want.Holding = tt.holdings[tt.index]
				}
				if diff := cmp.Diff(want, about{he.Index, he.Field, he.Holding}); diff != "" {
					t.Errorf("Allocate(...) error %v: *HoldingError (-want +got):\n%s", err, diff)
				}
			}
			if diff := cmp.Diff(benefits.Allocation{}, a); diff != "" {
				t.Errorf("Allocate(...) with error returned a non-zero Allocation (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNotOfferedError checks the error for a holding earned on a day its
// item is not offered (RULES EDN-3): errors.Is sees
// specialization.ErrNotOffered and errors.As the *NotOfferedError naming the
// entry and its dates, from Allocate inside a *HoldingError and from WhatIf
// without one (its holding has no position).
func TestNotOfferedError(t *testing.T) {
	tests := []struct {
		name string
		h    benefits.Holding
		want specialization.NotOfferedError
	}{
		{"EDN-3 earned on the retirement day of an entry closing then",
			held("intelligent-automation", "2026-07-31"),
			specialization.NotOfferedError{ID: "intelligent-automation", Name: "Intelligent Automation",
				Day: day("2026-07-31"), Introduced: day("2023-07-11"), Closes: day("2026-07-31")}},
		{"EDN-3 earned before the entry was introduced",
			held("microsoft-copilot", "2025-06-30"),
			specialization.NotOfferedError{ID: "microsoft-copilot", Name: "Microsoft Copilot",
				Day: day("2025-06-30"), Introduced: day("2025-07-01")}},
	}
	asOf := day("2026-10-01")
	allocation, err := benefits.Allocate(member(), seedSecurity()[:1], nil, asOf)
	if err != nil {
		t.Fatalf("Allocate(...) error: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, allocErr := benefits.Allocate(member(), []benefits.Holding{seedSecurity()[0], tt.h}, nil, asOf)
			_, whatIfErr := allocation.WhatIf(tt.h)
			for _, c := range []struct {
				call    string
				err     error
				holding bool // a *HoldingError
			}{{"Allocate", allocErr, true}, {"WhatIf", whatIfErr, false}} {
				if !errors.Is(c.err, specialization.ErrNotOffered) {
					t.Fatalf("%s(%v) error = %v, want one wrapping specialization.ErrNotOffered", c.call, tt.h, c.err)
				}
				var no *specialization.NotOfferedError
				if !errors.As(c.err, &no) {
					t.Fatalf("%s(%v) error = %v, want a *specialization.NotOfferedError", c.call, tt.h, c.err)
				}
				if diff := cmp.Diff(tt.want, *no); diff != "" {
					t.Errorf("%s(%v): NotOfferedError (-want +got):\n%s", c.call, tt.h, diff)
				}
				var he *benefits.HoldingError
				if got := errors.As(c.err, &he); got != c.holding {
					t.Errorf("%s(%v) error = %v: errors.As(*HoldingError) = %v, want %v", c.call, tt.h, c.err, got, c.holding)
				}
			}
		})
	}
}
