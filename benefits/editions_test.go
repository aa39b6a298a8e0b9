package benefits_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/specialization"
)

// TestAllocateEditions checks the allocation by the program's terms on the
// as-of date (RULES EDN-3, EDN-7): the caps in force that day, the
// designations in force that day, and holdings that end on their item's
// retirement day.
func TestAllocateEditions(t *testing.T) {
	march := member() // designation first earned 2025-03-01: years from 1 March
	march.DesignationAnniversary = day("2025-03-01")
	julyFirst := member() // designation first earned 2025-07-01: years from 1 July
	julyFirst.DesignationAnniversary = day("2025-07-01")
	securityOnly := julyFirst
	securityOnly.Designations = specialization.Designations(securityD)

	// Business Applications items: two held on the 2026-03-01 anniversary,
	// one earned after it.
	baYear := []benefits.Holding{
		held("finance", "2025-01-01"),
		held("sales", "2025-06-01"),
		held("business-intelligence", "2026-04-01"),
	}
	// Business Applications items two of which retire on 2026-07-31,
	// replaced by Agentic Business Solutions (introduced that day).
	retiring := []benefits.Holding{
		held("low-code-application-development", "2025-02-01"),
		held("intelligent-automation", "2025-03-01"),
		held("finance", "2025-04-01"),
		held("sales", "2026-01-10"),
	}
	withAgentic := append(retiring[:len(retiring):len(retiring)], held("agentic-business-solutions", "2026-09-01"))

	tests := []struct {
		name     string
		partner  benefits.Partner
		holdings []benefits.Holding
		caps     benefits.Caps
		asOf     string
		want     []view
	}{
		{
			name:     "EDN-7 the day before the raise: Business Applications cap 1, Sales and Business Intelligence withheld",
			partner:  march,
			holdings: baYear,
			asOf:     "2026-06-30",
			want: []view{
				granted("finance", 1, "BEN-2", "2027-03-01"),
				withheld("sales", "BEN-5"),
				withheld("business-intelligence", "BEN-5"),
			},
		},
		{
			name:     "EDN-7 from 2026-07-01 the raised cap of 3 applies to the whole year: the withheld items get in, in earned order",
			partner:  march,
			holdings: baYear,
			asOf:     "2026-07-01",
			want: []view{
				granted("finance", 1, "BEN-2", "2027-03-01"),
				granted("sales", 2, "EDN-7", "2027-03-01"),
				granted("business-intelligence", 3, "EDN-7", "2027-03-01"),
			},
		},
		{
			name:    "EDN-7 an item earned after the raise into a free slot is plain INT-8",
			partner: march,
			holdings: []benefits.Holding{
				held("finance", "2025-01-01"),
				held("sales", "2026-08-01"),
			},
			asOf: "2026-10-01",
			want: []view{
				granted("finance", 1, "BEN-2", "2027-03-01"),
				granted("sales", 2, "INT-8", "2027-03-01"),
			},
		},
		{
			name:     "EDN-7 a year starting on the raise day allocates with the raised cap on its anniversary",
			partner:  member(),
			holdings: baYear,
			asOf:     "2026-07-01",
			want: []view{
				granted("finance", 1, "BEN-2", "2027-07-01"),
				granted("sales", 2, "BEN-2", "2027-07-01"),
				granted("business-intelligence", 3, "BEN-2", "2027-07-01"),
			},
		},
		{
			name:     "BEN-2 caps given by the caller apply as given, with no history to cite",
			partner:  march,
			holdings: baYear,
			caps:     benefits.PublishedCaps(day("2026-07-01")),
			asOf:     "2026-06-30",
			want: []view{
				granted("finance", 1, "BEN-2", "2027-03-01"),
				granted("sales", 2, "BEN-2", "2027-03-01"),
				granted("business-intelligence", 3, "INT-8", "2027-03-01"),
			},
		},
		{
			name:     "EDN-3 on the anniversary before the retirement the retiring items take their slots",
			partner:  julyFirst,
			holdings: retiring,
			asOf:     "2026-07-01",
			want: []view{
				granted("low-code-application-development", 1, "BEN-2", "2027-07-01"),
				granted("intelligent-automation", 2, "BEN-2", "2027-07-01"),
				granted("finance", 3, "BEN-2", "2027-07-01"),
				withheld("sales", "BEN-5"),
			},
		},
		{
			name:     "EDN-3 INT-8 retired during the year: the items keep their slots, nothing frees up",
			partner:  julyFirst,
			holdings: withAgentic,
			asOf:     "2026-10-01",
			want: []view{
				granted("low-code-application-development", 1, "EDN-3", "2027-07-01"),
				granted("intelligent-automation", 2, "EDN-3", "2027-07-01"),
				granted("finance", 3, "BEN-2", "2027-07-01"),
				withheld("sales", "BEN-5"),
				withheld("agentic-business-solutions", "BEN-5"),
			},
		},
		{
			name:     "EDN-3 INT-8 the slots are kept through the day before the next anniversary",
			partner:  julyFirst,
			holdings: withAgentic,
			asOf:     "2027-06-30",
			want: []view{
				granted("low-code-application-development", 1, "EDN-3", "2027-07-01"),
				granted("intelligent-automation", 2, "EDN-3", "2027-07-01"),
				granted("finance", 3, "BEN-2", "2027-07-01"),
				withheld("sales", "BEN-5"),
				withheld("agentic-business-solutions", "BEN-5"),
			},
		},
		{
			name:     "EDN-3 INT-8 on the next anniversary the retired items' slots pass to the next items in earned order",
			partner:  julyFirst,
			holdings: withAgentic,
			asOf:     "2027-07-01",
			want: []view{
				withheld("low-code-application-development", "EDN-3"),
				withheld("intelligent-automation", "EDN-3"),
				granted("finance", 1, "BEN-2", "2028-07-01"),
				granted("sales", 2, "BEN-2", "2028-07-01"),
				granted("agentic-business-solutions", 3, "BEN-2", "2028-07-01"),
			},
		},
		{
			name:    "EDN-3 a lapse before the retirement day ends the holding as a lapse",
			partner: julyFirst,
			holdings: []benefits.Holding{
				lapsed("intelligent-automation", "2025-03-01", "2026-07-15"),
			},
			asOf: "2026-10-01",
			want: []view{granted("intelligent-automation", 1, "INT-8", "2027-07-01")},
		},
		{
			name:    "EDN-3 a Lapsed day after the retirement day: the retirement ends the holding first",
			partner: julyFirst,
			holdings: []benefits.Holding{
				lapsed("intelligent-automation", "2025-03-01", "2026-09-01"),
			},
			asOf: "2026-10-01",
			want: []view{granted("intelligent-automation", 1, "EDN-3", "2027-07-01")},
		},
		{
			name:    "EDN-3 the retirement day after the as-of date has not happened yet",
			partner: julyFirst,
			holdings: []benefits.Holding{
				held("intelligent-automation", "2025-03-01"),
			},
			asOf: "2026-07-30",
			want: []view{granted("intelligent-automation", 1, "BEN-2", "2027-07-01")},
		},
		{
			name:    "EDN-3 the item introduced on the retirement day can be earned that day",
			partner: julyFirst,
			holdings: []benefits.Holding{
				held("agentic-business-solutions", "2026-07-31"),
			},
			asOf: "2026-07-31",
			want: []view{granted("agentic-business-solutions", 1, "INT-8", "2027-07-01")},
		},
		{
			name:    "INT-9 EDN-2 alignment by the designations in force on the as-of date: before the change, not aligned",
			partner: securityOnly,
			holdings: []benefits.Holding{
				{Item: realigned(t), Earned: day("2025-01-01")},
			},
			asOf: "2026-06-30",
			want: []view{withheld("realigned-example", "INT-9")},
		},
		{
			name:    "INT-9 EDN-2 alignment by the designations in force on the as-of date: from the change, aligned",
			partner: securityOnly,
			holdings: []benefits.Holding{
				{Item: realigned(t), Earned: day("2025-01-01")},
			},
			asOf: "2026-07-01",
			want: []view{granted("realigned-example", 1, "BEN-2", "2027-07-01")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := benefits.Allocate(tt.partner, tt.holdings, tt.caps, day(tt.asOf))
			if err != nil {
				t.Fatalf("Allocate(...) error: %v", err)
			}
			if diff := cmp.Diff(tt.want, views(a.Grants())); diff != "" {
				t.Errorf("Allocate(..., %s).Grants() (-want +got):\n%s", tt.asOf, diff)
			}
		})
	}
}

// realigned is a made-up Modern Work item, not from the catalog, whose
// aligned designations change on 2026-07-01 from Modern Work to Modern
// Work or Security: the EDN table records no such change, but an entry's
// designations are a term that changes can carry (EDN-1).
func realigned(t *testing.T) specialization.Specialization {
	t.Helper()
	d := other("realigned-example", "Realigned Example", "", specialization.CategoryModernWork,
		specialization.ValidationCustomerReference, modernWorkD)
	d.Changes = []specialization.Change{{On: day("2026-07-01"),
		Designations: specialization.Designations(modernWorkD, securityD), Source: "test data"}}
	s, err := specialization.New(d)
	if err != nil {
		t.Fatalf("specialization.New(%s) error: %v", d.ID, err)
	}
	return s
}

// TestWhatIfEditions checks WhatIf by the terms of the as-of date: the
// raised cap lets an item in, and a retiring item's slot is not free.
func TestWhatIfEditions(t *testing.T) {
	julyFirst := member()
	julyFirst.DesignationAnniversary = day("2025-07-01")
	tests := []struct {
		name     string
		holdings []benefits.Holding
		h        benefits.Holding
		asOf     string
		want     view
	}{
		{"EDN-7 WhatIf before the raise: Business Applications full at 1",
			[]benefits.Holding{held("finance", "2025-01-01")}, held("sales", ""), "2026-06-30",
			withheld("sales", "BEN-5")},
		{"EDN-7 WhatIf from the raise: a free slot of 3",
			[]benefits.Holding{held("finance", "2025-01-01")}, held("sales", ""), "2026-07-01",
			granted("sales", 2, "BEN-2", "2027-07-01")},
		{"EDN-3 INT-8 WhatIf after a retirement: the retired item's slot is still taken",
			[]benefits.Holding{held("low-code-application-development", "2025-01-01"), held("intelligent-automation",
				"2025-02-01"), held("finance", "2025-03-01")},
			held("agentic-business-solutions", ""), "2026-10-01", withheld("agentic-business-solutions", "BEN-5")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := benefits.Allocate(julyFirst, tt.holdings, nil, day(tt.asOf))
			if err != nil {
				t.Fatalf("Allocate(...) error: %v", err)
			}
			g, err := a.WhatIf(tt.h)
			if err != nil {
				t.Fatalf("WhatIf(%v) error: %v", tt.h, err)
			}
			if diff := cmp.Diff(tt.want, views([]benefits.Grant{g})[0]); diff != "" {
				t.Errorf("WhatIf(%v) as of %s (-want +got):\n%s", tt.h, tt.asOf, diff)
			}
		})
	}
}
