package benefits_test

import (
	"errors"
	"fmt"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// seedItems builds the four Security specializations of the seed's example
// (RULES BEN-3) in the seed's terms, in the seed's order; a program gets
// its entries, with their history, from catalog.Default().
func seedItems() ([]specialization.Specialization, error) {
	var items []specialization.Specialization
	for _, n := range [][3]string{
		{"cloud-security", "Cloud Security", "云安全"},
		{"identity-and-access-management", "Identity and Access Management", "标识和访问管理"},
		{"information-protection-and-governance", "Information Protection and Governance", "信息保护和治理"},
		{"threat-protection", "Threat Protection", "威胁防护"},
	} {
		s, err := specialization.New(specialization.Definition{
			ID: specialization.ID(n[0]), Kind: specialization.KindSpecialization,
			Category: specialization.CategorySecurity, Name: n[1], ChineseName: n[2],
			Designations: specialization.Designations(specialization.DesignationSecurity),
			Validation:   specialization.ValidationCustomerReference,
		})
		if err != nil {
			return nil, err
		}
		items = append(items, s)
	}
	return items, nil
}

// The seed's Security example (RULES BEN-3): three Security specializations
// held on the designation anniversary bring the three benefits of the cap;
// Threat Protection, earned later, brings none. The partner gives the day
// it first earned the designation; Allocate works from the anniversary of
// that day on or before the as-of date, 2026-07-01 (INT-2).
func ExampleAllocate() {
	items, err := seedItems()
	if err != nil {
		fmt.Println(err)
		return
	}
	partner := benefits.Partner{
		Designations:           specialization.Designations(specialization.DesignationSecurity),
		BenefitsPurchased:      true,
		DesignationAnniversary: date.MustParse("2023-07-01"), // first earned
	}
	holdings := []benefits.Holding{
		{Item: items[0], Earned: date.MustParse("2025-03-10")},
		{Item: items[1], Earned: date.MustParse("2025-11-20")},
		{Item: items[2], Earned: date.MustParse("2026-07-01")},
		{Item: items[3], Earned: date.MustParse("2026-09-15")},
	}
	a, err := benefits.Allocate(partner, holdings, nil, date.MustParse("2026-10-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range a.Grants() {
		fmt.Println(g.Reason.Clause, g.Reason.Text)
	}
	fmt.Println("Security used", a.Used(specialization.CategorySecurity),
		"remaining", a.Remaining(specialization.CategorySecurity))
	// Output:
	// BEN-2 Cloud Security brings Security benefit 1 of 3, held on the designation anniversary 2026-07-01, available through 2027-07-01, the next designation anniversary.
	// BEN-2 Identity and Access Management brings Security benefit 2 of 3, held on the designation anniversary 2026-07-01, available through 2027-07-01, the next designation anniversary.
	// BEN-2 Information Protection and Governance brings Security benefit 3 of 3, held on the designation anniversary 2026-07-01, available through 2027-07-01, the next designation anniversary.
	// BEN-5 Threat Protection brings no benefit: the Security cap of 3 was already reached when it was earned on 2026-09-15.
	// Security used 3 remaining 0
}

// A nil Caps means the caps in force on the as-of date (RULES EDN-7): the
// Business Applications cap rose from 1 to 3 on 2026-07-01, and the raised
// cap applies to the whole designation year, letting in Sales, withheld the
// day before.
func ExampleAllocate_raisedCap() {
	partner := benefits.Partner{
		Designations:           specialization.Designations(specialization.DesignationBusinessApplications),
		BenefitsPurchased:      true,
		DesignationAnniversary: date.MustParse("2025-03-01"),
	}
	var holdings []benefits.Holding
	for _, n := range [][4]string{{"finance", "Finance", "金融", "2025-01-01"}, {"sales", "Sales", "销售", "2025-06-01"}} {
		s, err := specialization.New(specialization.Definition{
			ID: specialization.ID(n[0]), Kind: specialization.KindSpecialization,
			Category: specialization.CategoryBusinessApplications, Name: n[1], ChineseName: n[2],
			Designations: specialization.Designations(specialization.DesignationBusinessApplications),
			Validation:   specialization.ValidationNone,
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		holdings = append(holdings, benefits.Holding{Item: s, Earned: date.MustParse(n[3])})
	}
	for _, asOf := range []string{"2026-06-30", "2026-07-01"} {
		a, err := benefits.Allocate(partner, holdings, nil, date.MustParse(asOf))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(asOf, a.Grants()[1].Reason.Clause, a.Grants()[1].Reason.Text)
	}
	// Output:
	// 2026-06-30 BEN-5 Sales brings no benefit: the Business Applications cap of 1 was reached on the designation anniversary 2026-03-01 by items ahead of it in earned order.
	// 2026-07-01 EDN-7 Sales brings Business Applications benefit 2 of 3, held on the designation anniversary 2026-03-01, let in on 2026-07-01 when the Business Applications cap was raised to 3, available through 2027-03-01, the next designation anniversary.
}

// PublishedCaps gives the caps in force on a day (RULES BEN-2, EDN-7).
func ExamplePublishedCaps() {
	for _, on := range []string{"2026-06-30", "2026-07-01"} {
		caps := benefits.PublishedCaps(date.MustParse(on))
		fmt.Println(on, caps[specialization.CategoryAzure], caps[specialization.CategoryBusinessApplications],
			caps[specialization.CategoryModernWork], caps[specialization.CategorySecurity])
	}
	// Output:
	// 2026-06-30 5 1 3 3
	// 2026-07-01 5 3 3 3
}

// WhatIf asks whether one more specialization, earned on the as-of date
// (a zero Earned), would bring a benefit, without changing the allocation.
// Asked about an item already held, it answers with an error.
func ExampleAllocation_WhatIf() {
	items, err := seedItems()
	if err != nil {
		fmt.Println(err)
		return
	}
	partner := benefits.Partner{
		Designations:           specialization.Designations(specialization.DesignationSecurity),
		BenefitsPurchased:      true,
		DesignationAnniversary: date.MustParse("2026-07-01"),
		MembershipEnds:         date.MustParse("2027-03-31"),
	}
	holdings := []benefits.Holding{
		{Item: items[0], Earned: date.MustParse("2025-03-10")},
		{Item: items[1], Earned: date.MustParse("2025-11-20"), Lapsed: date.MustParse("2026-08-01")},
	}
	a, err := benefits.Allocate(partner, holdings, nil, date.MustParse("2026-10-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	g, err := a.WhatIf(benefits.Holding{Item: items[3]})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Granted, g.Rank, g.Holding.Earned, g.Through)
	fmt.Println(g.Reason.Clause, g.Reason.Text)
	fmt.Println("Security used", a.Used(specialization.CategorySecurity), "(unchanged)")
	_, err = a.WhatIf(benefits.Holding{Item: items[0]})
	fmt.Println(errors.Is(err, benefits.ErrOverlap), err)
	// Output:
	// true 3 2026-10-01 2027-03-31
	// BEN-4 Threat Protection brings Security benefit 3 of 3, earned on 2026-10-01 after the designation anniversary 2026-07-01 into a free slot, available through 2027-03-31, the last day of the membership.
	// Security used 2 (unchanged)
	// true benefits: what-if holding: cloud-security from 2026-10-01 and holding 0 from 2025-03-10: overlapping holdings
}

// Local gives a reason in the language of a BCP 47 tag: Simplified Chinese
// for "zh-Hans", "zh-CN" or "zh", English otherwise.
func ExampleReason_Local() {
	items, err := seedItems()
	if err != nil {
		fmt.Println(err)
		return
	}
	partner := benefits.Partner{
		Designations:           specialization.Designations(specialization.DesignationSecurity),
		BenefitsPurchased:      true,
		DesignationAnniversary: date.MustParse("2026-07-01"),
	}
	holdings := []benefits.Holding{
		{Item: items[0], Earned: date.MustParse("2025-03-10"), Lapsed: date.MustParse("2026-08-01")},
	}
	a, err := benefits.Allocate(partner, holdings, nil, date.MustParse("2026-10-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := a.Grants()[0].Reason
	fmt.Println(r.Local("en"))
	fmt.Println(r.Local("zh-Hans"))
	// Output:
	// Cloud Security brings Security benefit 1 of 3, held on the designation anniversary 2026-07-01, lapsed on 2026-08-01 but keeps its benefit and its slot, available through 2027-07-01, the next designation anniversary.
	// 云安全：获得安全性类别权益第 1 个（上限 3 个），在指定周年日期 2026-07-01 已持有，虽已于 2026-08-01 失效，仍保留权益和名额，有效期至 2027-07-01（下一个指定周年日期）。
}
