// Package specializations_test is the end-to-end example of the module:
// the packages used together, as a partner-operations service would.
package specializations_test

import (
	"fmt"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	sp "github.com/partnerkit/specializations/specialization"
)

// Example looks an entry up by a name it once had, enrolls a partner,
// evaluates the renewal before and after the program changed, allocates
// the benefits, and lists what is due, each answer with the terms of its
// own day (RULES EDN-2).
func Example() {
	// Lookup: any name the entry ever had, English or Chinese.
	s, ok := catalog.Default().Lookup("Information Protection and Governance")
	if !ok {
		fmt.Println("not in the catalog")
		return
	}
	fmt.Println(s.ID(), "is now", s.Name())

	// Enroll and evaluate on two days. The 2nd renewal year, on
	// 2026-06-15, needs approved customer references; anniversaries from
	// 2026-07-30 on move six months later and manual years need an audit
	// (EDN-4, EDN-5).
	e, err := renewal.Enroll(s, date.MustParse("2024-06-15"))
	if err != nil {
		fmt.Println(err)
		return
	}
	e.Renewed = 1
	p := renewal.DefaultPolicy()
	for _, asOf := range []string{"2026-06-01", "2027-01-01"} {
		d, err := p.Evaluate(e, renewal.Evidence{}, date.MustParse(asOf))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("as of %s: renewal year %d on %v, %v, needs %s\n", asOf, d.Cycle.Year, d.Cycle.Date, d.Outcome,
			d.Required().Text("en"))
		e.Renewed = 2 // renewed in June 2026, as stored by the caller
	}
	c4, err := p.Cycle(e, 4)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("renewal year %d on %v needs %s\n", c4.Year, c4.Date, e.Needs(c4).Text("en"))

	// Allocate: the Security cap of 3 (BEN-2).
	a, err := benefits.Allocate(benefits.Partner{
		Designations:           sp.Designations(sp.DesignationSecurity),
		BenefitsPurchased:      true,
		DesignationAnniversary: date.MustParse("2023-07-01"),
	}, []benefits.Holding{{Item: s, Earned: e.Enrolled}}, nil, date.MustParse("2027-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Security benefits used:", a.Used(sp.CategorySecurity), "of", a.Used(sp.CategorySecurity)+a.Remaining(sp.CategorySecurity))

	// Agenda: the same partner through portfolio, which does this wiring.
	partner := portfolio.Partner{
		Designations: sp.Designations(sp.DesignationSecurity), BenefitsPurchased: true,
		FirstDesignated: date.MustParse("2023-07-01"),
		Holdings:        []portfolio.Holding{{ID: s.ID(), Enrolled: e.Enrolled, Renewed: e.Renewed}},
	}
	evs, err := portfolio.New(catalog.Default()).Agenda(partner, date.MustParse("2027-01-01"), date.MustParse("2027-08-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ev := range evs {
		fmt.Println(ev.Date, ev.Text("en"))
	}
	fmt.Println(evs[1].Date, evs[1].Text("zh-Hans"))
	// Output:
	// information-protection-and-governance is now Data Security
	// as of 2026-06-01: renewal year 2 on 2026-06-15, pending, needs the qualification requirements and approved customer references
	// as of 2027-01-01: renewal year 3 on 2027-12-15, not due, needs the qualification requirements
	// renewal year 4 on 2028-12-15 needs the qualification requirements and an audit
	// Security benefits used: 1 of 3
	// 2027-07-01 Designation anniversary 2027-07-01: benefits are allocated afresh for the year to come.
	// 2027-08-17 Reminder: Data Security, 120 days before the 2027-12-15 anniversary; deadline 2028-01-14; needs the qualification requirements.
	// 2027-08-17 提醒：Data Security，周年日期 2027-12-15 前 120 天；截止日期 2028-01-14；需要资格要求。
}
