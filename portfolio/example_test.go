package portfolio_test

import (
	"fmt"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	sp "github.com/partnerkit/specializations/specialization"
)

// contoso is the partner of the examples.
func contoso() portfolio.Partner {
	d := date.MustParse
	return portfolio.Partner{
		Designations: sp.Designations(sp.DesignationDataAndAI, sp.DesignationBusinessApplications,
			sp.DesignationSecurity),
		BenefitsPurchased: true,
		FirstDesignated:   d("2023-07-01"),
		Holdings: []portfolio.Holding{
			{ID: "analytics-on-microsoft-azure", Enrolled: d("2025-01-01"), Renewed: 1,
				Evidence: renewal.Evidence{QualifiedOn: d("2026-11-20")}},
			{ID: "cloud-security", Enrolled: d("2024-09-10"), Renewed: 1},
			{ID: "business-intelligence", Enrolled: d("2024-12-10"), Renewed: 1},
			{ID: "sales", Enrolled: d("2025-12-15")},
		},
	}
}

// Business Intelligence retired on 2026-07-31 (EDN-3) and keeps its benefit
// slot until the designation anniversary of 2027-07-01 (INT-8); Cloud
// Security's anniversary moved six months later and its 2nd renewal year
// now needs an audit (EDN-4, EDN-5).
func ExamplePlanner_Status() {
	pl := portfolio.New(catalog.Default())
	st, err := pl.Status(contoso(), date.MustParse("2026-12-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range st.Holdings {
		fmt.Printf("%s: %s", h.Item.Name(), h.State)
		if h.State == portfolio.StateRenewal {
			fmt.Printf(", %v, deadline %v, missing %v", h.Decision.Outcome, h.Decision.Deadline(), h.Decision.Missing)
		}
		fmt.Printf("; benefit %v\n", h.Grant.Granted)
	}
	// Output:
	// Analytics on Azure: renewal, pending, deadline 2027-01-31, missing audit; benefit true
	// Cloud Security: renewal, not due, deadline 2027-04-09, missing qualification requirements and audit; benefit true
	// Business Intelligence: retired; benefit true
	// Sales: renewal, pending, deadline 2027-01-14, missing qualification requirements; benefit true
}

func ExamplePlanner_Agenda() {
	pl := portfolio.New(catalog.Default())
	evs, err := pl.Agenda(contoso(), date.MustParse("2026-12-01"), date.MustParse("2027-01-10"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range evs {
		fmt.Println(e.Date, e.Text("en"))
	}
	// Output:
	// 2026-12-02 Reminder: Analytics on Azure, 30 days before the 2027-01-01 anniversary; deadline 2027-01-31; needs the qualification requirements and an audit.
	// 2026-12-10 Reminder: Cloud Security, 90 days before the 2027-03-10 anniversary; deadline 2027-04-09; needs the qualification requirements and an audit.
	// 2026-12-15 Reminder: Sales, on the 2026-12-15 anniversary; deadline 2027-01-14; needs the qualification requirements.
	// 2026-12-15 Anniversary of Sales; the 30-day grace period runs to 2027-01-14.
	// 2027-01-01 Reminder: Analytics on Azure, on the 2027-01-01 anniversary; deadline 2027-01-31; needs the qualification requirements and an audit.
	// 2027-01-01 Anniversary of Analytics on Azure; the 30-day grace period runs to 2027-01-31.
	// 2027-01-09 Renewal window opens for Cloud Security (anniversary 2027-03-10, deadline 2027-04-09): needs the qualification requirements and an audit.
	// 2027-01-09 Reminder: Cloud Security, 60 days before the 2027-03-10 anniversary; deadline 2027-04-09; needs the qualification requirements and an audit.
}

func ExamplePlanner_WhatIf() {
	pl := portfolio.New(catalog.Default())
	// Earning Threat Protection on 2027-08-01, after the designation
	// anniversary of 2027-07-01 has allocated the year afresh.
	pr, err := pl.WhatIf(contoso(), "threat-protection", date.MustParse("2027-08-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pr.Grant.Granted, pr.Grant.Reason.Clause)
	fmt.Println(pr.FirstRenewal.Date, pr.Needs.Text("en"))
	// Output:
	// true INT-8
	// 2028-08-01 the qualification requirements
}

func ExampleEvent_Text() {
	pl := portfolio.New(catalog.Default())
	evs, err := pl.Agenda(contoso(), date.MustParse("2027-01-09"), date.MustParse("2027-01-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	if len(evs) == 0 {
		fmt.Println("nothing on 2027-01-09")
		return
	}
	fmt.Println(evs[0].Text("en"))
	fmt.Println(evs[0].Text("zh-Hans"))
	// Output:
	// Renewal window opens for Cloud Security (anniversary 2027-03-10, deadline 2027-04-09): needs the qualification requirements and an audit.
	// 云安全续订窗口开放（周年日期 2027-03-10，截止日期 2027-04-09）：需要资格要求和审核。
}
