package benefits_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/specialization"
)

func TestReasonText(t *testing.T) {
	endsMidYear := member()
	endsMidYear.MembershipEnds = day("2027-01-31")
	ended := endsMidYear
	notPurchased := member()
	notPurchased.BenefitsPurchased = false
	securityOnly := member()
	securityOnly.Designations = specialization.Designations(securityD)

	tests := []struct {
		name     string
		partner  benefits.Partner
		holdings []benefits.Holding
		caps     benefits.Caps
		asOf     string
		want     benefits.Reason // of the last holding
	}{
		{"BEN-2 held on the anniversary within the cap", member(), seedSecurity()[:2], nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-2", Text: "Security benefit 2 of 3, held on the designation anniversary " +
				"2026-07-01, available through 2027-07-01, the next designation anniversary."}},
		{"INT-8 earned later into a free slot", member(), []benefits.Holding{held("threat-protection", "2026-09-15")},
			nil, "2026-10-01",
			benefits.Reason{Clause: "INT-8", Text: "Security benefit 1 of 3, earned on 2026-09-15 after the " +
				"designation anniversary 2026-07-01 into a free slot, available through 2027-07-01, the next " +
				"designation anniversary."}},
		{"INT-8 lapsed during the year keeps its benefit and slot", member(),
			[]benefits.Holding{lapsed("cloud-security", "2025-03-10", "2026-08-01")}, nil, "2026-10-01",
			benefits.Reason{Clause: "INT-8", Text: "Security benefit 1 of 3, held on the designation anniversary " +
				"2026-07-01, lapsed on 2026-08-01 but keeps its benefit and its slot, available through " +
				"2027-07-01, the next designation anniversary."}},
		{"BEN-4 available through the membership's last day", endsMidYear, seedSecurity()[:1], nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-4", Text: "Security benefit 1 of 3, held on the designation anniversary " +
				"2026-07-01, available through 2027-01-31, the last day of the membership."}},
		{"BEN-5 the cap was reached on the anniversary", member(),
			append(seedSecurity()[:3], held("threat-protection", "2026-07-01")), nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-5", Text: "No benefit: the Security cap of 3 was reached on the " +
				"designation anniversary 2026-07-01 by items ahead of it in earned order."}},
		{"BEN-3 Threat Protection earned after the cap was reached", member(), seedSecurity(), nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-5", Text: "No benefit: the Security cap of 3 was already reached when " +
				"it was earned on 2026-09-15."}},
		{"BEN-5 a cap of 0", member(), seedSecurity()[:1], benefits.Caps{}, "2026-10-01",
			benefits.Reason{Clause: "BEN-5", Text: "No benefit: the Security cap is 0, so nothing in the " +
				"category brings a benefit."}},
		{"BEN-2 an item counts once", member(), []benefits.Holding{
			lapsed("cloud-security", "2025-03-10", "2026-08-01"), held("cloud-security", "2026-09-01")},
			nil, "2026-10-01",
			benefits.Reason{Clause: "BEN-2", Text: "No further benefit: its earlier holding, earned on 2025-03-10, " +
				"keeps Security benefit 1 of 3 through 2027-07-01; an item counts once against the cap."}},
		{"INT-9 no purchased benefits", notPurchased, seedSecurity()[:1], nil, "2026-10-01",
			benefits.Reason{Clause: "INT-9", Text: "No benefit: the partner has not purchased the Solutions " +
				"Partner benefits."}},
		{"INT-9 membership ended", ended, seedSecurity()[:1], nil, "2027-02-01",
			benefits.Reason{Clause: "INT-9", Text: "No benefit: the Solutions Partner membership ended; its last " +
				"day was 2027-01-31, before the as-of date 2027-02-01."}},
		{"INT-9 lapsed on or before the anniversary", member(),
			[]benefits.Holding{lapsed("cloud-security", "2025-03-10", "2026-07-01")}, nil, "2026-10-01",
			benefits.Reason{Clause: "INT-9", Text: "No benefit: lapsed on 2026-07-01, on or before the designation " +
				"anniversary 2026-07-01, so it is not held and takes no slot."}},
		{"INT-9 no aligned designation", securityOnly, []benefits.Holding{held("kubernetes", "2025-01-01")},
			nil, "2026-10-01",
			benefits.Reason{Clause: "INT-9", Text: "No benefit: it requires the Data & AI or Digital & App " +
				"Innovation designation, which the partner does not hold, so it takes no slot."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := benefits.Allocate(tt.partner, tt.holdings, tt.caps, day(tt.asOf))
			if err != nil {
				t.Fatalf("Allocate(...) error: %v", err)
			}
			gs := a.Grants()
			if diff := cmp.Diff(tt.want, gs[len(gs)-1].Reason); diff != "" {
				t.Errorf("Allocate(...).Grants()[last].Reason (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSeedExampleInFull compares whole Grants for the seed's example
// (RULES BEN-3), texts included.
func TestSeedExampleInFull(t *testing.T) {
	holdings := seedSecurity()
	a, err := benefits.Allocate(member(), holdings, nil, day("2026-10-01"))
	if err != nil {
		t.Fatalf("Allocate(...) error: %v", err)
	}
	through := day("2027-07-01")
	onDA := func(rank string) string {
		return "Security benefit " + rank + " of 3, held on the designation anniversary 2026-07-01, " +
			"available through 2027-07-01, the next designation anniversary."
	}
	want := []benefits.Grant{
		{Holding: holdings[0], Granted: true, Rank: 1, Through: through, Reason: benefits.Reason{Clause: "BEN-2", Text: onDA("1")}},
		{Holding: holdings[1], Granted: true, Rank: 2, Through: through, Reason: benefits.Reason{Clause: "BEN-2", Text: onDA("2")}},
		{Holding: holdings[2], Granted: true, Rank: 3, Through: through, Reason: benefits.Reason{Clause: "BEN-2", Text: onDA("3")}},
		{Holding: holdings[3], Reason: benefits.Reason{Clause: "BEN-5",
			Text: "No benefit: the Security cap of 3 was already reached when it was earned on 2026-09-15."}},
	}
	if diff := cmp.Diff(want, a.Grants()); diff != "" {
		t.Errorf("BEN-3 Allocate(seed example).Grants() (-want +got):\n%s", diff)
	}
}

// TestLeapDayAnniversary covers the next designation anniversary around
// 29 February (INT-2's rule, applied to designation anniversaries).
func TestLeapDayAnniversary(t *testing.T) {
	tests := []struct {
		name, da, asOf, through string
	}{
		{"INT-2 29 February is followed by 28 February in a common year", "2028-02-29", "2028-06-01", "2029-02-28"},
		{"INT-2 the next anniversary itself is still in the year", "2028-02-29", "2029-02-28", "2029-02-28"},
		{"INT-2 a 28 February anniversary before a leap year stays on 28 February", "2027-02-28", "2027-03-01", "2028-02-28"},
		{"INT-8 31 December runs to 31 December", "2025-12-31", "2026-01-01", "2026-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := member()
			p.DesignationAnniversary = day(tt.da)
			a, err := benefits.Allocate(p, []benefits.Holding{held("cloud-security", tt.da)}, nil, day(tt.asOf))
			if err != nil {
				t.Fatalf("Allocate(DA %s, as of %s) error: %v", tt.da, tt.asOf, err)
			}
			if got := a.Grants()[0].Through.String(); got != tt.through {
				t.Errorf("Allocate(DA %s, as of %s): Through = %s, want %s", tt.da, tt.asOf, got, tt.through)
			}
		})
	}
	p := member()
	p.DesignationAnniversary = day("2028-02-29")
	if _, err := benefits.Allocate(p, nil, nil, day("2029-03-01")); !errors.Is(err, benefits.ErrAnniversaryOutOfRange) {
		t.Errorf("INT-2 Allocate(DA 2028-02-29, as of 2029-03-01) error = %v, want ErrAnniversaryOutOfRange", err)
	}
}
