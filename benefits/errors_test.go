package benefits_test

import (
	"errors"
	"strings"
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

	noHolding := -2 // the error is not about a holding
	tests := []struct {
		name     string
		partner  benefits.Partner
		holdings []benefits.Holding
		caps     benefits.Caps
		asOf     string
		want     error
		index    int
	}{
		{name: "INT-1 zero as-of date", partner: member(), asOf: "",
			want: benefits.ErrZeroDate, index: noHolding},
		{name: "INT-8 zero designation anniversary", partner: zeroDA, asOf: "2026-10-01",
			want: benefits.ErrZeroDate, index: noHolding},
		{name: "INT-8 designation anniversary after the as-of date", partner: lateDA, asOf: "2026-10-01",
			want: benefits.ErrAnniversaryOutOfRange, index: noHolding},
		{name: "INT-2 designation anniversary in year 9999 has no next one", partner: lastYearDA,
			asOf: "9999-06-01", want: benefits.ErrAnniversaryOutOfRange, index: noHolding},
		{name: "BEN-2 negative cap", partner: member(), asOf: "2026-10-01",
			caps: benefits.Caps{specialization.CategorySecurity: -1},
			want: benefits.ErrInvalidCap, index: noHolding},
		{name: "BEN-2 cap for a value that is no category", partner: member(), asOf: "2026-10-01",
			caps: benefits.Caps{specialization.CategorySecurity: 3, specialization.Category(0): 1},
			want: benefits.ErrInvalidCap, index: noHolding},
		{name: "INT-9 zero item", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("cloud-security", "2025-01-01"), {Earned: day("2025-01-01")}},
			want:     benefits.ErrZeroItem, index: 1},
		{name: "INT-1 zero earned date", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("cloud-security", "")},
			want:     benefits.ErrZeroDate, index: 0},
		{name: "INT-9 earned after the as-of date has not happened yet", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("cloud-security", "2025-01-01"), held("threat-protection", "2026-10-02")},
			want:     benefits.ErrEarnedAfterAsOf, index: 1},
		{name: "INT-8 lapsed before earned", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{lapsed("cloud-security", "2025-01-01", "2024-12-31")},
			want:     benefits.ErrLapsedNotAfterEarned, index: 0},
		{name: "INT-8 lapsed on the day earned", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{lapsed("cloud-security", "2025-01-01", "2025-01-01")},
			want:     benefits.ErrLapsedNotAfterEarned, index: 0},
		{name: "EDN-3 earned the day its item closed: not offered", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("finance", "2025-01-01"), held("intelligent-automation", "2026-07-31")},
			want:     specialization.ErrNotOffered, index: 1},
		{name: "EDN-3 earned the day before its item was introduced: not offered", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{held("agentic-business-solutions", "2026-07-30")},
			want:     specialization.ErrNotOffered, index: 0},
		{name: "INT-8 the same item held twice at once", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{
				held("cloud-security", "2026-03-01"),
				held("threat-protection", "2025-01-01"),
				lapsed("cloud-security", "2025-01-01", "2026-03-02"),
			},
			want: benefits.ErrOverlap, index: 2},
		{name: "INT-8 the same item earned twice on one day", partner: member(), asOf: "2026-10-01",
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2025-01-01", "2025-06-01"),
				held("cloud-security", "2025-01-01"),
			},
			want: benefits.ErrOverlap, index: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := benefits.Allocate(tt.partner, tt.holdings, tt.caps, day(tt.asOf))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Allocate(...) error = %v, want one wrapping %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "benefits: ") {
				t.Errorf("Allocate(...) error %q lacks the package prefix", err)
			}
			var he *benefits.HoldingError
			if isHolding := errors.As(err, &he); isHolding != (tt.index != noHolding) {
				t.Errorf("Allocate(...) error %v: errors.As(*HoldingError) = %v, want %v", err, isHolding, !isHolding)
			} else if isHolding && he.Index != tt.index {
				t.Errorf("Allocate(...) error %v: Index = %d, want %d", err, he.Index, tt.index)
			}
			if diff := cmp.Diff(benefits.Allocation{}, a); diff != "" {
				t.Errorf("Allocate(...) with error returned a non-zero Allocation (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNotOfferedError checks the error for a holding earned on a day its
// item is not offered (RULES EDN-3): errors.Is sees
// specialization.ErrNotOffered, errors.As the *NotOfferedError naming the
// entry and its dates, and the message names the holding's position; WhatIf
// reports the same.
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
				call  string
				err   error
				index int
			}{{"Allocate", allocErr, 1}, {"WhatIf", whatIfErr, benefits.WhatIfIndex}} {
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
				if !errors.As(c.err, &he) || he.Index != c.index {
					t.Errorf("%s(%v) error = %v, want a *HoldingError with Index %d", c.call, tt.h, c.err, c.index)
				}
			}
		})
	}
	want := "benefits: holding 1 (intelligent-automation, earned 2026-07-31): specialization " +
		"\"intelligent-automation\" (Intelligent Automation) on 2026-07-31: closed to new enrollments from " +
		"2026-07-31: not offered"
	_, err = benefits.Allocate(member(), []benefits.Holding{seedSecurity()[0], tests[0].h}, nil, asOf)
	if got := err.Error(); got != want {
		t.Errorf("EDN-3 Error() = %q, want %q", got, want)
	}
}

func TestHoldingErrorNamesTheHolding(t *testing.T) {
	h := lapsed("cloud-security", "2025-01-01", "2024-12-31")
	_, err := benefits.Allocate(member(), []benefits.Holding{h}, nil, day("2026-10-01"))
	var he *benefits.HoldingError
	if !errors.As(err, &he) {
		t.Fatalf("Allocate(...) error = %v, want a *HoldingError", err)
	}
	if diff := cmp.Diff(h, he.Holding); diff != "" {
		t.Errorf("INT-8 HoldingError.Holding (-want +got):\n%s", diff)
	}
	want := "benefits: holding 0 (cloud-security, earned 2025-01-01, lapsed 2024-12-31): lapsed on or before the day it was earned"
	if got := err.Error(); got != want {
		t.Errorf("INT-8 Error() = %q, want %q", got, want)
	}
}
