package benefits_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/specialization"
)

func TestWhatIf(t *testing.T) {
	const next = "2027-07-01"
	tests := []struct {
		name     string
		holdings []benefits.Holding
		h        benefits.Holding
		want     view
		earned   string // the Earned date the returned Grant's Holding has
	}{
		{
			name:     "BEN-3 Threat Protection earned today over the full Security cap",
			holdings: seedSecurity()[:3],
			h:        held("threat-protection", ""),
			want:     withheld("threat-protection", "BEN-5"),
			earned:   "2026-10-01",
		},
		{
			name:     "INT-8 earned today into a free slot",
			holdings: seedSecurity()[:2],
			h:        held("threat-protection", ""),
			want:     granted("threat-protection", 3, "INT-8", next),
			earned:   "2026-10-01",
		},
		{
			name:     "INT-8 earned before the anniversary, it ranks among the items held that day",
			holdings: seedSecurity()[:3],
			h:        held("threat-protection", "2025-01-01"),
			want:     granted("threat-protection", 1, "BEN-2", next),
			earned:   "2025-01-01",
		},
		{
			name:     "INT-9 lapsed before the anniversary takes no slot",
			holdings: seedSecurity()[:2],
			h:        lapsed("threat-protection", "2025-01-01", "2026-02-01"),
			want:     withheld("threat-protection", "INT-9"),
			earned:   "2025-01-01",
		},
		{
			name:     "BEN-2 an item re-earned while its earlier holding keeps the slot counts once",
			holdings: []benefits.Holding{lapsed("cloud-security", "2025-01-01", "2026-08-01")},
			h:        held("cloud-security", "2026-09-01"),
			want:     withheld("cloud-security", "BEN-2"),
			earned:   "2026-09-01",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := benefits.Allocate(member(), tt.holdings, nil, day("2026-10-01"))
			if err != nil {
				t.Fatalf("Allocate(...) error: %v", err)
			}
			before := a.Grants()
			g, err := a.WhatIf(tt.h)
			if err != nil {
				t.Fatalf("WhatIf(%v) error: %v", tt.h, err)
			}
			if diff := cmp.Diff(tt.want, views([]benefits.Grant{g})[0]); diff != "" {
				t.Errorf("WhatIf(%v) (-want +got):\n%s", tt.h, diff)
			}
			if got := g.Holding.Earned.String(); got != tt.earned {
				t.Errorf("WhatIf(%v).Holding.Earned = %s, want %s", tt.h, got, tt.earned)
			}
			if diff := cmp.Diff(before, a.Grants()); diff != "" {
				t.Errorf("WhatIf(%v) changed the allocation (-before +after):\n%s", tt.h, diff)
			}
		})
	}
}

func TestWhatIfErrors(t *testing.T) {
	tests := []struct {
		name string
		h    benefits.Holding
		want error
		msg  string
	}{
		{"INT-9 earned after the as-of date", held("threat-protection", "2026-10-02"), benefits.ErrInvalidHolding,
			"benefits: what-if holding: threat-protection earned 2026-10-02, after the as-of date 2026-10-01: invalid holding"},
		{"INT-9 zero item", benefits.Holding{}, benefits.ErrInvalidHolding,
			"benefits: what-if holding: no item: invalid holding"},
		{"INT-8 lapsed on or before earned", lapsed("threat-protection", "2026-01-01", "2026-01-01"),
			benefits.ErrInvalidHolding,
			"benefits: what-if holding: threat-protection lapsed 2026-01-01, not after earned 2026-01-01: invalid holding"},
		{"EDN-3 earned the day its item closed", held("intelligent-automation", "2026-07-31"), specialization.ErrNotOffered,
			"benefits: what-if holding: entry \"intelligent-automation\" (Intelligent Automation) on 2026-07-31: " +
				"closed to new enrollments from 2026-07-31: not offered"},
		{"INT-8 the same item already held", held("cloud-security", "2026-09-01"), benefits.ErrOverlap,
			"benefits: what-if holding: cloud-security from 2026-09-01 and holding 0 from 2025-03-10: overlapping holdings"},
		{"INT-8 the same item held before, lapsing after the new one was earned",
			lapsed("identity-and-access-management", "2024-01-01", "2025-11-21"), benefits.ErrOverlap,
			"benefits: what-if holding: identity-and-access-management from 2024-01-01 until 2025-11-21 and holding 1 " +
				"from 2025-11-20: overlapping holdings"},
	}
	a, err := benefits.Allocate(member(), seedSecurity()[:2], nil, day("2026-10-01"))
	if err != nil {
		t.Fatalf("Allocate(...) error: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.WhatIf(tt.h)
			if !errors.Is(err, tt.want) {
				t.Fatalf("WhatIf(%v) error = %v, want one wrapping %v", tt.h, err, tt.want)
			}
			if got := err.Error(); got != tt.msg {
				t.Errorf("WhatIf(%v) error:\n got %q\nwant %q", tt.h, got, tt.msg)
			}
			var he *benefits.HoldingError
			if errors.As(err, &he) {
				t.Errorf("WhatIf(%v) error = %#v, a *HoldingError: the what-if holding has no index", tt.h, err)
			}
		})
	}
}

// TestWhatIfMatchesAllocate checks WhatIf against its definition: the grant
// the holding gets when given to Allocate with the others.
func TestWhatIfMatchesAllocate(t *testing.T) {
	holdings := seedSecurity()[:3]
	asOf := day("2026-10-01")
	for _, h := range []benefits.Holding{
		held("threat-protection", "2026-10-01"),
		held("threat-protection", "2026-07-01"),
		held("modernize-endpoints", "2026-08-01"),
	} {
		a, err := benefits.Allocate(member(), holdings, nil, asOf)
		if err != nil {
			t.Fatalf("Allocate(...) error: %v", err)
		}
		got, err := a.WhatIf(h)
		if err != nil {
			t.Fatalf("WhatIf(%v) error: %v", h, err)
		}
		b, err := benefits.Allocate(member(), append(holdings[:len(holdings):len(holdings)], h), nil, asOf)
		if err != nil {
			t.Fatalf("Allocate(... + %v) error: %v", h, err)
		}
		want := b.Grants()[len(holdings)]
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("INT-8 WhatIf(%v) differs from Allocate with it (-want +got):\n%s", h, diff)
		}
	}
}

func TestGrantsAreTheCallersToKeep(t *testing.T) {
	holdings := seedSecurity()
	a, err := benefits.Allocate(member(), holdings, nil, day("2026-10-01"))
	if err != nil {
		t.Fatalf("Allocate(...) error: %v", err)
	}
	want := a.Grants()
	got := a.Grants()
	got[0].Granted, got[0].Rank = false, 0
	holdings[0] = held("threat-protection", "2020-01-01")
	if diff := cmp.Diff(want, a.Grants()); diff != "" {
		t.Errorf("BEN-2 changing a Grants() result or the input changed the allocation (-want +got):\n%s", diff)
	}
}
