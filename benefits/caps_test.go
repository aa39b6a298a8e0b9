package benefits_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/specialization"
)

func TestDefaultCaps(t *testing.T) {
	want := benefits.Caps{
		specialization.CategoryAzure:                5,
		specialization.CategoryBusinessApplications: 1,
		specialization.CategoryModernWork:           3,
		specialization.CategorySecurity:             3,
	}
	first := benefits.DefaultCaps()
	if diff := cmp.Diff(want, first); diff != "" {
		t.Errorf("BEN-2 DefaultCaps() (-want +got):\n%s", diff)
	}
	first[specialization.CategorySecurity] = 99
	delete(first, specialization.CategoryAzure)
	if diff := cmp.Diff(want, benefits.DefaultCaps()); diff != "" {
		t.Errorf("BEN-2 DefaultCaps() after changing an earlier result: not a fresh map (-want +got):\n%s", diff)
	}
}

func TestNilCapsMeansDefault(t *testing.T) {
	holdings := append(seedSecurity(), held("finance", "2025-01-01"), held("sales", "2025-02-01"))
	asOf := day("2026-10-01")
	withNil, err := benefits.Allocate(member(), holdings, nil, asOf)
	if err != nil {
		t.Fatalf("Allocate(nil caps) error: %v", err)
	}
	withDefault, err := benefits.Allocate(member(), holdings, benefits.DefaultCaps(), asOf)
	if err != nil {
		t.Fatalf("Allocate(DefaultCaps()) error: %v", err)
	}
	if diff := cmp.Diff(withDefault, withNil); diff != "" {
		t.Errorf("BEN-2 nil Caps: Allocate differs from DefaultCaps() (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(withDefault.Grants(), withNil.Grants()); diff != "" {
		t.Errorf("BEN-2 nil Caps: Grants differ from DefaultCaps() (-want +got):\n%s", diff)
	}
}

func TestUsedAndRemaining(t *testing.T) {
	holdings := append(seedSecurity(),
		held("finance", "2025-01-01"),
		held("sales", "2025-02-01"),
		held("azure-expert-msp", "2025-02-01"),
		lapsed("kubernetes", "2025-02-01", "2026-08-01"),
		lapsed("networking-services", "2025-02-01", "2026-06-01"),
	)
	a, err := benefits.Allocate(member(), holdings, nil, day("2026-10-01"))
	if err != nil {
		t.Fatalf("Allocate(...) error: %v", err)
	}
	type count struct{ Used, Remaining int }
	tests := []struct {
		name string
		cat  specialization.Category
		want count
	}{
		{"BEN-3 Security full", specialization.CategorySecurity, count{3, 0}},
		{"BEN-2 Business Applications full at 1", specialization.CategoryBusinessApplications, count{1, 0}},
		{"INT-8 Azure counts the expert program and the item lapsed during the year, not the one lapsed before",
			specialization.CategoryAzure, count{2, 3}},
		{"BEN-2 Modern Work untouched", specialization.CategoryModernWork, count{0, 3}},
		{"BEN-2 no category has no slots", specialization.Category(0), count{0, 0}},
		{"BEN-2 an out-of-range category has no slots", specialization.Category(9), count{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := count{a.Used(tt.cat), a.Remaining(tt.cat)}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Used/Remaining(%v) (-want +got):\n%s", tt.cat, diff)
			}
		})
	}
}

func TestZeroAllocation(t *testing.T) {
	var a benefits.Allocation
	if got := a.Grants(); got != nil {
		t.Errorf("Allocation{}.Grants() = %v, want nil", got)
	}
	for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
		if used, rem := a.Used(cat), a.Remaining(cat); used != 0 || rem != 0 {
			t.Errorf("Allocation{}.Used/Remaining(%v) = %d, %d; want 0, 0", cat, used, rem)
		}
	}
	_, err := a.WhatIf(held("cloud-security", "2026-01-01"))
	if !errors.Is(err, benefits.ErrZeroDate) {
		t.Errorf("Allocation{}.WhatIf(...) error = %v, want ErrZeroDate", err)
	}
}
