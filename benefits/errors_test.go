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
		{name: "INT-8 designation anniversary more than a year before the as-of date", partner: member(),
			asOf: "2027-07-02", want: benefits.ErrAnniversaryOutOfRange, index: noHolding},
		{name: "INT-8 designation anniversary in year 9999 has no next one", partner: lastYearDA,
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
