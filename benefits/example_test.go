package benefits_test

import (
	"fmt"
	"log"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// securityItem builds a Security specialization as the catalog would supply it.
func securityItem(id, name string) specialization.Specialization {
	s, err := specialization.New(specialization.Definition{
		ID: specialization.ID(id), Kind: specialization.KindSpecialization,
		Category: specialization.CategorySecurity, Name: name,
		Designations: specialization.Designations(specialization.DesignationSecurity),
		Validation:   specialization.ValidationCustomerReference,
	})
	if err != nil {
		log.Fatal(err)
	}
	return s
}

// The seed's Security example (RULES BEN-3): three Security specializations
// held on the designation anniversary bring the three benefits of the cap;
// Threat Protection, earned later, brings none.
func ExampleAllocate() {
	partner := benefits.Partner{
		Designations:           specialization.Designations(specialization.DesignationSecurity),
		BenefitsPurchased:      true,
		DesignationAnniversary: date.MustParse("2026-07-01"),
	}
	holdings := []benefits.Holding{
		{Item: securityItem("cloud-security", "Cloud Security"), Earned: date.MustParse("2025-03-10")},
		{Item: securityItem("identity-and-access-management", "Identity and Access Management"),
			Earned: date.MustParse("2025-11-20")},
		{Item: securityItem("information-protection-and-governance", "Information Protection and Governance"),
			Earned: date.MustParse("2026-07-01")},
		{Item: securityItem("threat-protection", "Threat Protection"), Earned: date.MustParse("2026-09-15")},
	}
	a, err := benefits.Allocate(partner, holdings, nil, date.MustParse("2026-10-01"))
	if err != nil {
		log.Fatal(err)
	}
	for _, g := range a.Grants() {
		fmt.Printf("%s: %s %s\n", g.Holding.Item.Name(), g.Reason.Clause, g.Reason.Text)
	}
	fmt.Println("Security used", a.Used(specialization.CategorySecurity),
		"remaining", a.Remaining(specialization.CategorySecurity))
	// Output:
	// Cloud Security: BEN-2 Security benefit 1 of 3, held on the designation anniversary 2026-07-01, available through 2027-07-01, the next designation anniversary.
	// Identity and Access Management: BEN-2 Security benefit 2 of 3, held on the designation anniversary 2026-07-01, available through 2027-07-01, the next designation anniversary.
	// Information Protection and Governance: BEN-2 Security benefit 3 of 3, held on the designation anniversary 2026-07-01, available through 2027-07-01, the next designation anniversary.
	// Threat Protection: BEN-5 No benefit: the Security cap of 3 was already reached when it was earned on 2026-09-15.
	// Security used 3 remaining 0
}

// WhatIf asks whether one more specialization, earned on the as-of date
// (a zero Earned), would bring a benefit, without changing the allocation.
func ExampleAllocation_WhatIf() {
	partner := benefits.Partner{
		Designations:           specialization.Designations(specialization.DesignationSecurity),
		BenefitsPurchased:      true,
		DesignationAnniversary: date.MustParse("2026-07-01"),
		MembershipEnds:         date.MustParse("2027-03-31"),
	}
	holdings := []benefits.Holding{
		{Item: securityItem("cloud-security", "Cloud Security"), Earned: date.MustParse("2025-03-10")},
		{Item: securityItem("identity-and-access-management", "Identity and Access Management"),
			Earned: date.MustParse("2025-11-20"), Lapsed: date.MustParse("2026-08-01")},
	}
	a, err := benefits.Allocate(partner, holdings, nil, date.MustParse("2026-10-01"))
	if err != nil {
		log.Fatal(err)
	}
	g, err := a.WhatIf(benefits.Holding{Item: securityItem("threat-protection", "Threat Protection")})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(g.Granted, g.Rank, g.Holding.Earned, g.Through)
	fmt.Println(g.Reason.Clause, g.Reason.Text)
	fmt.Println("Security used", a.Used(specialization.CategorySecurity), "(unchanged)")
	// Output:
	// true 3 2026-10-01 2027-03-31
	// BEN-4 Security benefit 3 of 3, earned on 2026-10-01 after the designation anniversary 2026-07-01 into a free slot, available through 2027-03-31, the last day of the membership.
	// Security used 2 (unchanged)
}
