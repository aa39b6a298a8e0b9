package benefits_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/specialization"
)

// The seed's Security example (RULES BEN-3) as holdings: three held on the
// 2026-07-01 designation anniversary, Threat Protection earned later.
func seedSecurity() []benefits.Holding {
	return []benefits.Holding{
		held("cloud-security", "2025-03-10"),
		held("identity-and-access-management", "2025-11-20"),
		held("information-protection-and-governance", "2026-07-01"),
		held("threat-protection", "2026-09-15"),
	}
}

func TestAllocate(t *testing.T) {
	const next = "2027-07-01"
	notPurchased := member()
	notPurchased.BenefitsPurchased = false
	endsMidYear := member()
	endsMidYear.MembershipEnds = day("2027-01-31")
	endsAfterYear := member()
	endsAfterYear.MembershipEnds = day("2028-01-01")
	dataAIOnly := member()
	dataAIOnly.Designations = specialization.Designations(dataAI)
	nextYear := member()
	nextYear.DesignationAnniversary = day(next)
	lastYear := member()
	lastYear.DesignationAnniversary = day("2025-07-01")

	tests := []struct {
		name     string
		partner  benefits.Partner
		holdings []benefits.Holding
		caps     benefits.Caps
		asOf     string
		want     []view
	}{
		{
			name:     "BEN-3 seed example: three Security benefits, Threat Protection earned later gets none",
			partner:  member(),
			holdings: seedSecurity(),
			asOf:     "2026-10-01",
			want: []view{
				granted("cloud-security", 1, "BEN-2", next),
				granted("identity-and-access-management", 2, "BEN-2", next),
				granted("information-protection-and-governance", 3, "BEN-2", next),
				withheld("threat-protection", "BEN-5"),
			},
		},
		{
			name:    "BEN-3 a fourth Security item held on the anniversary, earned last, gets none",
			partner: member(),
			holdings: []benefits.Holding{
				held("threat-protection", "2026-01-05"),
				held("cloud-security", "2025-03-10"),
				held("identity-and-access-management", "2025-11-20"),
				held("information-protection-and-governance", "2025-12-01"),
			},
			asOf: "2026-07-01",
			want: []view{
				withheld("threat-protection", "BEN-5"),
				granted("cloud-security", 1, "BEN-2", next),
				granted("identity-and-access-management", 2, "BEN-2", next),
				granted("information-protection-and-governance", 3, "BEN-2", next),
			},
		},
		{
			name:    "BEN-2 Azure at its cap of 5",
			partner: member(),
			holdings: []benefits.Holding{
				held("ai-and-machine-learning", "2025-01-01"),
				held("analytics-on-microsoft-azure", "2025-02-01"),
				held("kubernetes", "2025-03-01"),
				held("azure-virtual-desktop", "2025-04-01"),
				held("networking-services", "2025-05-01"),
			},
			asOf: "2026-07-01",
			want: []view{
				granted("ai-and-machine-learning", 1, "BEN-2", next),
				granted("analytics-on-microsoft-azure", 2, "BEN-2", next),
				granted("kubernetes", 3, "BEN-2", next),
				granted("azure-virtual-desktop", 4, "BEN-2", next),
				granted("networking-services", 5, "BEN-2", next),
			},
		},
		{
			name:    "BEN-2 Azure over its cap: the Azure Expert MSP counts in the Azure cap",
			partner: member(),
			holdings: []benefits.Holding{
				held("ai-and-machine-learning", "2025-01-01"),
				held("analytics-on-microsoft-azure", "2025-02-01"),
				held("azure-expert-msp", "2025-02-15"),
				held("kubernetes", "2025-03-01"),
				held("azure-virtual-desktop", "2025-04-01"),
				held("networking-services", "2025-05-01"),
			},
			asOf: "2026-07-01",
			want: []view{
				granted("ai-and-machine-learning", 1, "BEN-2", next),
				granted("analytics-on-microsoft-azure", 2, "BEN-2", next),
				granted("azure-expert-msp", 3, "BEN-2", next),
				granted("kubernetes", 4, "BEN-2", next),
				granted("azure-virtual-desktop", 5, "BEN-2", next),
				withheld("networking-services", "BEN-5"),
			},
		},
		{
			name:    "BEN-2 Business Applications at its cap of 1 before 2026-07-01, the second over it",
			partner: lastYear,
			holdings: []benefits.Holding{
				held("sales", "2025-06-01"),
				held("finance", "2025-05-01"),
			},
			asOf: "2026-06-01",
			want: []view{
				withheld("sales", "BEN-5"),
				granted("finance", 1, "BEN-2", "2026-07-01"),
			},
		},
		{
			name:    "BEN-2 Modern Work at its cap of 3, the fourth over it",
			partner: member(),
			holdings: []benefits.Holding{
				held("adoption-and-change-management", "2024-01-01"),
				held("calling-for-microsoft-teams", "2024-02-01"),
				held("modernize-endpoints", "2024-03-01"),
				held("teamwork-deployment", "2024-04-01"),
			},
			asOf: "2026-07-01",
			want: []view{
				granted("adoption-and-change-management", 1, "BEN-2", next),
				granted("calling-for-microsoft-teams", 2, "BEN-2", next),
				granted("modernize-endpoints", 3, "BEN-2", next),
				withheld("teamwork-deployment", "BEN-5"),
			},
		},
		{
			name:    "BEN-2 caps are per category: a full Security cap leaves Modern Work open",
			partner: member(),
			holdings: append(seedSecurity(),
				held("teamwork-deployment", "2026-09-20")),
			asOf: "2026-10-01",
			want: []view{
				granted("cloud-security", 1, "BEN-2", next),
				granted("identity-and-access-management", 2, "BEN-2", next),
				granted("information-protection-and-governance", 3, "BEN-2", next),
				withheld("threat-protection", "BEN-5"),
				granted("teamwork-deployment", 1, "INT-8", next),
			},
		},
		{
			name:    "INT-8 same-day ties are taken by ID in byte order",
			partner: member(),
			holdings: []benefits.Holding{
				held("threat-protection", "2025-05-05"),
				held("information-protection-and-governance", "2025-05-05"),
				held("identity-and-access-management", "2025-05-05"),
				held("cloud-security", "2025-05-05"),
			},
			asOf: "2026-07-01",
			want: []view{
				withheld("threat-protection", "BEN-5"),
				granted("information-protection-and-governance", 3, "BEN-2", next),
				granted("identity-and-access-management", 2, "BEN-2", next),
				granted("cloud-security", 1, "BEN-2", next),
			},
		},
		{
			name:    "INT-8 earned order comes before ID order",
			partner: member(),
			holdings: []benefits.Holding{
				held("threat-protection", "2025-01-01"),
				held("cloud-security", "2025-01-02"),
				held("identity-and-access-management", "2025-01-02"),
				held("information-protection-and-governance", "2025-01-02"),
			},
			asOf: "2026-07-01",
			want: []view{
				granted("threat-protection", 1, "BEN-2", next),
				granted("cloud-security", 2, "BEN-2", next),
				granted("identity-and-access-management", 3, "BEN-2", next),
				withheld("information-protection-and-governance", "BEN-5"),
			},
		},
		{
			name:    "INT-9 lapsed before the anniversary: not held, takes no slot, a later item gets it",
			partner: member(),
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2025-03-10", "2026-05-01"),
				held("identity-and-access-management", "2025-11-20"),
				held("information-protection-and-governance", "2026-07-01"),
				held("threat-protection", "2026-09-15"),
			},
			asOf: "2026-10-01",
			want: []view{
				withheld("cloud-security", "INT-9"),
				granted("identity-and-access-management", 1, "BEN-2", next),
				granted("information-protection-and-governance", 2, "BEN-2", next),
				granted("threat-protection", 3, "INT-8", next),
			},
		},
		{
			name:    "INT-9 lapsed on the anniversary itself: not held that day",
			partner: member(),
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2025-03-10", "2026-07-01"),
				held("identity-and-access-management", "2025-11-20"),
			},
			asOf: "2026-07-01",
			want: []view{
				withheld("cloud-security", "INT-9"),
				granted("identity-and-access-management", 1, "BEN-2", next),
			},
		},
		{
			name:    "INT-8 lapsed after the anniversary: keeps its benefit and its slot until the next one",
			partner: member(),
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2025-03-10", "2026-08-01"),
				held("identity-and-access-management", "2025-11-20"),
				held("information-protection-and-governance", "2026-07-01"),
				held("threat-protection", "2026-09-15"),
			},
			asOf: "2026-10-01",
			want: []view{
				granted("cloud-security", 1, "INT-8", next),
				granted("identity-and-access-management", 2, "BEN-2", next),
				granted("information-protection-and-governance", 3, "BEN-2", next),
				withheld("threat-protection", "BEN-5"),
			},
		},
		{
			name:    "INT-8 on the next anniversary the lapsed item's slot passes to the next item",
			partner: member(),
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2025-03-10", "2026-08-01"),
				held("identity-and-access-management", "2025-11-20"),
				held("information-protection-and-governance", "2026-07-01"),
				held("threat-protection", "2026-09-15"),
			},
			asOf: next,
			want: []view{
				withheld("cloud-security", "INT-9"),
				granted("identity-and-access-management", 1, "BEN-2", "2028-07-01"),
				granted("information-protection-and-governance", 2, "BEN-2", "2028-07-01"),
				granted("threat-protection", 3, "BEN-2", "2028-07-01"),
			},
		},
		{
			name:    "INT-2 a later anniversary given as the designation day answers as the first day does",
			partner: nextYear,
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2025-03-10", "2026-08-01"),
				held("threat-protection", "2026-09-15"),
			},
			asOf: "2027-09-01",
			want: []view{
				withheld("cloud-security", "INT-9"),
				granted("threat-protection", 1, "BEN-2", "2028-07-01"),
			},
		},
		{
			name:    "INT-8 a Lapsed date after the as-of date has not happened yet",
			partner: member(),
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2025-03-10", "2027-01-01"),
			},
			asOf: "2026-10-01",
			want: []view{granted("cloud-security", 1, "BEN-2", next)},
		},
		{
			name:    "INT-8 items earned later in the year take free slots in earned order",
			partner: member(),
			holdings: []benefits.Holding{
				held("teamwork-deployment", "2026-11-02"),
				held("modernize-endpoints", "2026-09-01"),
				held("adoption-and-change-management", "2025-01-01"),
				held("calling-for-microsoft-teams", "2026-10-15"),
			},
			asOf: "2026-12-01",
			want: []view{
				withheld("teamwork-deployment", "BEN-5"),
				granted("modernize-endpoints", 2, "INT-8", next),
				granted("adoption-and-change-management", 1, "BEN-2", next),
				granted("calling-for-microsoft-teams", 3, "INT-8", next),
			},
		},
		{
			name:    "INT-8 an item earned later and lapsed before the as-of date keeps its slot",
			partner: member(),
			holdings: []benefits.Holding{
				held("finance", "2026-12-01"),
				lapsed("sales", "2026-08-01", "2026-09-01"),
			},
			caps: benefits.Caps{specialization.CategoryBusinessApplications: 1},
			asOf: "2026-12-01",
			want: []view{
				withheld("finance", "BEN-5"),
				granted("sales", 1, "INT-8", next),
			},
		},
		{
			name:     "INT-8 the day before the next anniversary is the closing year's last question, available through it",
			partner:  member(),
			holdings: append(seedSecurity()[:3], held("threat-protection", "2027-06-30")),
			asOf:     "2027-06-30",
			want: []view{
				granted("cloud-security", 1, "BEN-2", next),
				granted("identity-and-access-management", 2, "BEN-2", next),
				granted("information-protection-and-governance", 3, "BEN-2", next),
				withheld("threat-protection", "BEN-5"),
			},
		},
		{
			name:     "INT-2 on the next anniversary the allocation is made afresh, from the first day given",
			partner:  member(),
			holdings: append(seedSecurity()[:3], held("threat-protection", "2027-06-30")),
			asOf:     next,
			want: []view{
				granted("cloud-security", 1, "BEN-2", "2028-07-01"),
				granted("identity-and-access-management", 2, "BEN-2", "2028-07-01"),
				granted("information-protection-and-governance", 3, "BEN-2", "2028-07-01"),
				withheld("threat-protection", "BEN-5"),
			},
		},
		{
			name:     "BEN-4 the membership end comes before the next anniversary: available through its last day",
			partner:  endsMidYear,
			holdings: seedSecurity()[:2],
			asOf:     "2026-10-01",
			want: []view{
				granted("cloud-security", 1, "BEN-4", "2027-01-31"),
				granted("identity-and-access-management", 2, "BEN-4", "2027-01-31"),
			},
		},
		{
			name:     "BEN-4 the membership's last day is still a member's day",
			partner:  endsMidYear,
			holdings: seedSecurity()[:1],
			asOf:     "2027-01-31",
			want:     []view{granted("cloud-security", 1, "BEN-4", "2027-01-31")},
		},
		{
			name:     "INT-9 nothing after the membership has ended",
			partner:  endsMidYear,
			holdings: seedSecurity()[:2],
			asOf:     "2027-02-01",
			want: []view{
				withheld("cloud-security", "INT-9"),
				withheld("identity-and-access-management", "INT-9"),
			},
		},
		{
			name:     "INT-8 a membership ending after the next anniversary does not extend availability",
			partner:  endsAfterYear,
			holdings: seedSecurity()[:1],
			asOf:     "2026-10-01",
			want:     []view{granted("cloud-security", 1, "BEN-2", next)},
		},
		{
			name:     "INT-9 nothing without purchased Solutions Partner benefits",
			partner:  notPurchased,
			holdings: seedSecurity(),
			asOf:     "2026-10-01",
			want: []view{
				withheld("cloud-security", "INT-9"),
				withheld("identity-and-access-management", "INT-9"),
				withheld("information-protection-and-governance", "INT-9"),
				withheld("threat-protection", "INT-9"),
			},
		},
		{
			name:    "INT-9 no aligned designation: no benefit, no slot, the next item gets it",
			partner: dataAIOnly,
			holdings: []benefits.Holding{
				held("finance", "2025-01-01"),
				held("business-intelligence", "2026-08-01"),
				held("cloud-security", "2025-01-01"),
			},
			asOf: "2026-10-01",
			want: []view{
				withheld("finance", "INT-9"),
				granted("business-intelligence", 1, "INT-8", next),
				withheld("cloud-security", "INT-9"),
			},
		},
		{
			name:     "BEN-2 custom caps: a category missing from non-nil Caps has cap 0",
			partner:  member(),
			holdings: append(seedSecurity()[:2], held("teamwork-deployment", "2025-01-01")),
			caps:     benefits.Caps{specialization.CategorySecurity: 1},
			asOf:     "2026-10-01",
			want: []view{
				granted("cloud-security", 1, "BEN-2", next),
				withheld("identity-and-access-management", "BEN-5"),
				withheld("teamwork-deployment", "BEN-5"),
			},
		},
		{
			name:    "BEN-2 an item counts once: re-earned while its earlier holding keeps the slot",
			partner: member(),
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2025-03-10", "2026-08-01"),
				held("cloud-security", "2026-09-01"),
				held("identity-and-access-management", "2025-11-20"),
				held("threat-protection", "2026-09-15"),
			},
			asOf: "2026-10-01",
			want: []view{
				granted("cloud-security", 1, "INT-8", next),
				withheld("cloud-security", "BEN-2"),
				granted("identity-and-access-management", 2, "BEN-2", next),
				granted("threat-protection", 3, "INT-8", next),
			},
		},
		{
			name:    "INT-8 re-earned before the anniversary after lapsing: the new holding is ranked afresh",
			partner: member(),
			holdings: []benefits.Holding{
				lapsed("cloud-security", "2024-03-10", "2026-05-01"),
				held("cloud-security", "2026-06-01"),
				held("identity-and-access-management", "2025-11-20"),
			},
			asOf: "2026-10-01",
			want: []view{
				withheld("cloud-security", "INT-9"),
				granted("cloud-security", 2, "BEN-2", next),
				granted("identity-and-access-management", 1, "BEN-2", next),
			},
		},
		{
			name:     "INT-8 no holdings: no grants",
			partner:  member(),
			holdings: nil,
			asOf:     "2026-10-01",
			want:     []view{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := benefits.Allocate(tt.partner, tt.holdings, tt.caps, day(tt.asOf))
			if err != nil {
				t.Fatalf("Allocate(...) error: %v", err)
			}
			if diff := cmp.Diff(tt.want, views(a.Grants())); diff != "" {
				t.Errorf("Allocate(...).Grants() (-want +got):\n%s", diff)
			}
		})
	}
}
