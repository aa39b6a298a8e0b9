package benefits_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

func TestPublishedCaps(t *testing.T) {
	seed := benefits.Caps{
		specialization.CategoryAzure:                5,
		specialization.CategoryBusinessApplications: 1,
		specialization.CategoryModernWork:           3,
		specialization.CategorySecurity:             3,
	}
	raised := benefits.Caps{
		specialization.CategoryAzure:                5,
		specialization.CategoryBusinessApplications: 3,
		specialization.CategoryModernWork:           3,
		specialization.CategorySecurity:             3,
	}
	tests := []struct {
		name string
		on   string
		want benefits.Caps
	}{
		{"BEN-2 the seed's caps", "2025-01-01", seed},
		{"BEN-2 the zero Date gives the caps before any change", "", seed},
		{"EDN-7 Business Applications 1 the day before 2026-07-01", "2026-06-30", seed},
		{"EDN-7 Business Applications 3 from 2026-07-01", "2026-07-01", raised},
		{"EDN-7 the raised cap stays in force", "2030-01-01", raised},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, benefits.PublishedCaps(day(tt.on))); diff != "" {
				t.Errorf("PublishedCaps(%s) (-want +got):\n%s", tt.on, diff)
			}
		})
	}
	first := benefits.PublishedCaps(day("2026-07-01"))
	first[specialization.CategorySecurity] = 99
	delete(first, specialization.CategoryAzure)
	if diff := cmp.Diff(raised, benefits.PublishedCaps(day("2026-07-01"))); diff != "" {
		t.Errorf("BEN-2 PublishedCaps() after changing an earlier result: not a fresh map (-want +got):\n%s", diff)
	}
}

// TestPropertyPublishedCapsNeverLowered checks EDN-7's premise day by day
// from 2023 to 2028: a published cap is never lowered, so using the caps in
// force on the as-of day never takes away a benefit granted earlier.
func TestPropertyPublishedCapsNeverLowered(t *testing.T) {
	prev := benefits.PublishedCaps(date.Date{})
	for d := day("2023-01-01"); d.Before(day("2028-01-01")); d = d.AddDays(1) {
		caps := benefits.PublishedCaps(d)
		for cat, n := range prev {
			if caps[cat] < n {
				t.Fatalf("EDN-7 PublishedCaps(%v)[%v] = %d, below %d the day before", d, cat, caps[cat], n)
			}
		}
		prev = caps
	}
}

func TestNilCapsMeansPublished(t *testing.T) {
	holdings := append(seedSecurity(), held("finance", "2025-01-01"), held("sales", "2025-02-01"))
	before, after := member(), member()
	before.DesignationAnniversary = day("2025-07-01")
	tests := []struct {
		name    string
		partner benefits.Partner
		asOf    string
	}{
		{"EDN-7 nil Caps are the published caps in force before 2026-07-01", before, "2026-06-30"},
		{"EDN-7 nil Caps are the published caps in force from 2026-07-01", after, "2026-10-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asOf := day(tt.asOf)
			hs := slices.DeleteFunc(slices.Clone(holdings), func(h benefits.Holding) bool { return h.Earned.After(asOf) })
			withNil, err := benefits.Allocate(tt.partner, hs, nil, asOf)
			if err != nil {
				t.Fatalf("Allocate(nil caps) error: %v", err)
			}
			published, err := benefits.Allocate(tt.partner, hs, benefits.PublishedCaps(asOf), asOf)
			if err != nil {
				t.Fatalf("Allocate(PublishedCaps(%s)) error: %v", tt.asOf, err)
			}
			if diff := cmp.Diff(published.Grants(), withNil.Grants()); diff != "" {
				t.Errorf("nil Caps: Grants differ from PublishedCaps(%s) (-want +got):\n%s", tt.asOf, diff)
			}
			for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
				if w, g := published.Remaining(cat), withNil.Remaining(cat); w != g {
					t.Errorf("nil Caps: Remaining(%v) = %d, want %d", cat, g, w)
				}
			}
		})
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
		{"EDN-7 Business Applications two of the cap of 3 in force on the as-of date",
			specialization.CategoryBusinessApplications, count{2, 1}},
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
	if !errors.Is(err, benefits.ErrNoAsOf) {
		t.Errorf("Allocation{}.WhatIf(...) error = %v, want ErrNoAsOf", err)
	}
}
