package benefits_test

import (
	"fmt"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Test items with the IDs, categories and aligned designations of DESIGN.md's
// catalog table (RULES CAT-2). The benefits package never imports the
// catalog, so its tests build the few entries they need.
var testDefinitions = []specialization.Definition{
	azure("ai-and-machine-learning", "AI and Machine Learning on Microsoft Azure", dataAI, appInnovation),
	azure("analytics-on-microsoft-azure", "Analytics on Microsoft Azure", dataAI),
	azure("kubernetes", "Kubernetes on Microsoft Azure", dataAI, appInnovation),
	azure("azure-virtual-desktop", "Microsoft Azure Virtual Desktop", infra),
	azure("networking-services", "Networking Services in Microsoft Azure", infra),
	azure("sap-on-microsoft-azure", "SAP on Microsoft Azure", infra),
	{ID: "azure-expert-msp", Kind: specialization.KindExpertProgram, Category: specialization.CategoryAzure,
		Name: "Azure Expert MSP", Designations: specialization.Designations(dataAI, appInnovation, infra),
		Validation: specialization.ValidationAudit},
	other("business-intelligence", "Business Intelligence", specialization.CategoryBusinessApplications,
		specialization.ValidationNone, bizApps, dataAI),
	other("finance", "Finance", specialization.CategoryBusinessApplications, specialization.ValidationNone, bizApps),
	other("sales", "Sales", specialization.CategoryBusinessApplications, specialization.ValidationNone, bizApps),
	modernWork("adoption-and-change-management", "Adoption and Change Management"),
	modernWork("calling-for-microsoft-teams", "Calling for Microsoft Teams"),
	modernWork("modernize-endpoints", "Modernize Endpoints"),
	modernWork("teamwork-deployment", "Teamwork Deployment"),
	security("cloud-security", "Cloud Security"),
	security("identity-and-access-management", "Identity and Access Management"),
	security("information-protection-and-governance", "Information Protection and Governance"),
	security("threat-protection", "Threat Protection"),
}

const (
	dataAI        = specialization.DesignationDataAndAI
	appInnovation = specialization.DesignationDigitalAndAppInnovation
	infra         = specialization.DesignationInfrastructure
	bizApps       = specialization.DesignationBusinessApplications
	modernWorkD   = specialization.DesignationModernWork
	securityD     = specialization.DesignationSecurity
)

func azure(id, name string, ds ...specialization.Designation) specialization.Definition {
	return other(id, name, specialization.CategoryAzure, specialization.ValidationAudit, ds...)
}

func modernWork(id, name string) specialization.Definition {
	return other(id, name, specialization.CategoryModernWork, specialization.ValidationCustomerReference, modernWorkD)
}

func security(id, name string) specialization.Definition {
	return other(id, name, specialization.CategorySecurity, specialization.ValidationCustomerReference, securityD)
}

func other(id, name string, cat specialization.Category, v specialization.Validation,
	ds ...specialization.Designation) specialization.Definition {
	return specialization.Definition{ID: specialization.ID(id), Kind: specialization.KindSpecialization,
		Category: cat, Name: name, Designations: specialization.Designations(ds...), Validation: v}
}

// item returns the test item with the given ID; it panics on an unknown ID,
// which is a mistake in a test table.
func item(id string) specialization.Specialization {
	for _, d := range testDefinitions {
		if string(d.ID) == id {
			s, err := specialization.New(d)
			if err != nil {
				panic(err)
			}
			return s
		}
	}
	panic(fmt.Sprintf("no test item %q", id))
}

// day parses a date literal of a test table; "" is the zero Date.
func day(s string) date.Date {
	if s == "" {
		return date.Date{}
	}
	return date.MustParse(s)
}

// held is a holding earned on earned and still held.
func held(id, earned string) benefits.Holding {
	return benefits.Holding{Item: item(id), Earned: day(earned)}
}

// lapsed is a holding earned on earned whose first day no longer held is
// lapsedOn.
func lapsed(id, earned, lapsedOn string) benefits.Holding {
	return benefits.Holding{Item: item(id), Earned: day(earned), Lapsed: day(lapsedOn)}
}

// allDesignations is the set of every Solutions Partner designation.
var allDesignations = specialization.Designations(dataAI, appInnovation, infra, bizApps, modernWorkD, securityD)

// member is a partner with every designation and purchased benefits whose
// designation anniversary is 2026-07-01.
func member() benefits.Partner {
	return benefits.Partner{Designations: allDesignations, BenefitsPurchased: true,
		DesignationAnniversary: day("2026-07-01")}
}

// view is the part of a Grant that most tests check; texts are checked by
// TestReasonText.
type view struct {
	ID      specialization.ID
	Granted bool
	Rank    int
	Clause  string
	Through string
}

func views(gs []benefits.Grant) []view {
	out := make([]view, len(gs))
	for i, g := range gs {
		out[i] = view{g.Holding.Item.ID(), g.Granted, g.Rank, g.Reason.Clause, g.Through.String()}
	}
	return out
}

func granted(id string, rank int, clause, through string) view {
	return view{specialization.ID(id), true, rank, clause, through}
}

func withheld(id, clause string) view {
	return view{ID: specialization.ID(id), Clause: clause}
}
