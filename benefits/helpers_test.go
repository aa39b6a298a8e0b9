package benefits_test

import (
	"fmt"
	"slices"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Test items with the IDs, categories, aligned designations and Chinese
// names of DESIGN.md's catalog table (RULES CAT-2, CAT-3), in the seed's
// terms and without their later history: the rules of INT-8 alone. The
// benefits package never imports the catalog, so its tests build the few
// entries they need.
var testDefinitions = []specialization.Definition{
	azure("ai-and-machine-learning", "AI and Machine Learning on Microsoft Azure", "Microsoft Azure 上的 AI 和机器学习",
		dataAI, appInnovation),
	azure("analytics-on-microsoft-azure", "Analytics on Microsoft Azure", "Microsoft Azure 上的分析", dataAI),
	azure("kubernetes", "Kubernetes on Microsoft Azure", "Microsoft Azure 上的 Kubernetes", dataAI, appInnovation),
	azure("azure-virtual-desktop", "Microsoft Azure Virtual Desktop", "Microsoft Azure 虚拟桌面", infra),
	azure("networking-services", "Networking Services in Microsoft Azure", "Microsoft Azure 中的网络服务", infra),
	azure("sap-on-microsoft-azure", "SAP on Microsoft Azure", "Microsoft Azure 上的 SAP", infra),
	{ID: "azure-expert-msp", Kind: specialization.KindExpertProgram, Category: specialization.CategoryAzure,
		Name: "Azure Expert MSP", ChineseName: "Azure 专家 MSP",
		Designations: specialization.Designations(dataAI, appInnovation, infra),
		Validation:   specialization.ValidationAudit},
	other("business-intelligence", "Business Intelligence", "商业智能", specialization.CategoryBusinessApplications,
		specialization.ValidationNone, bizApps, dataAI),
	other("finance", "Finance", "金融", specialization.CategoryBusinessApplications, specialization.ValidationNone, bizApps),
	other("sales", "Sales", "销售", specialization.CategoryBusinessApplications, specialization.ValidationNone, bizApps),
	modernWork("adoption-and-change-management", "Adoption and Change Management", "采用和变更管理"),
	modernWork("calling-for-microsoft-teams", "Calling for Microsoft Teams", "调用 Microsoft Teams"),
	modernWork("modernize-endpoints", "Modernize Endpoints", "现代化终结点"),
	modernWork("teamwork-deployment", "Teamwork Deployment", "团队合作部署"),
	security("cloud-security", "Cloud Security", "云安全"),
	security("identity-and-access-management", "Identity and Access Management", "标识和访问管理"),
	security("information-protection-and-governance", "Information Protection and Governance", "信息保护和治理"),
	security("threat-protection", "Threat Protection", "威胁防护"),
}

// editionDefinitions are test items with their dates and changes from
// RULES.md's EDN table (introductions, retirements, renames), for the
// rules of EDN-3 and EDN-7. Their IDs are not in testDefinitions.
var editionDefinitions = []specialization.Definition{
	func() specialization.Definition {
		d := other("low-code-application-development", "Microsoft Low Code Application Development",
			"Microsoft低代码应用程序开发", specialization.CategoryBusinessApplications, specialization.ValidationNone,
			bizApps, appInnovation, modernWorkD)
		d.Retired, d.ReplacedBy = day("2026-07-31"), "agentic-business-solutions"
		return d
	}(),
	func() specialization.Definition {
		d := other("intelligent-automation", "Intelligent Automation", "智能自动化",
			specialization.CategoryBusinessApplications, specialization.ValidationNone, bizApps, appInnovation, modernWorkD)
		d.Introduced, d.Retired, d.ReplacedBy = day("2023-07-11"), day("2026-07-31"), "agentic-business-solutions"
		return d
	}(),
	func() specialization.Definition {
		d := other("agentic-business-solutions", "Agentic Business Solutions", "",
			specialization.CategoryBusinessApplications, specialization.ValidationNone, bizApps, appInnovation, modernWorkD)
		d.Introduced = day("2026-07-31")
		d.Source = "reports quoting Microsoft Learn \"Specializations overview\", 2026-07-31"
		return d
	}(),
	func() specialization.Definition {
		d := other("microsoft-copilot", "Microsoft Copilot", "", specialization.CategoryModernWork,
			specialization.ValidationCustomerReference, bizApps, modernWorkD, securityD)
		d.Introduced = day("2025-07-01")
		d.Source = "reports quoting Microsoft Learn \"Apply for specializations\"; day inferred (EDN-8)"
		d.Changes = []specialization.Change{{On: day("2026-07-01"), Name: "Microsoft 365 Copilot",
			Validation: specialization.ValidationAudit, Reported: true,
			Source: "reports quoting Microsoft Learn announcements, July 2026"}}
		return d
	}(),
}

const (
	dataAI        = specialization.DesignationDataAndAI
	appInnovation = specialization.DesignationDigitalAndAppInnovation
	infra         = specialization.DesignationInfrastructure
	bizApps       = specialization.DesignationBusinessApplications
	modernWorkD   = specialization.DesignationModernWork
	securityD     = specialization.DesignationSecurity
)

func azure(id, name, chinese string, ds ...specialization.Designation) specialization.Definition {
	return other(id, name, chinese, specialization.CategoryAzure, specialization.ValidationAudit, ds...)
}

func modernWork(id, name, chinese string) specialization.Definition {
	return other(id, name, chinese, specialization.CategoryModernWork, specialization.ValidationCustomerReference,
		modernWorkD)
}

func security(id, name, chinese string) specialization.Definition {
	return other(id, name, chinese, specialization.CategorySecurity, specialization.ValidationCustomerReference,
		securityD)
}

func other(id, name, chinese string, cat specialization.Category, v specialization.Validation,
	ds ...specialization.Designation) specialization.Definition {
	return specialization.Definition{ID: specialization.ID(id), Kind: specialization.KindSpecialization,
		Category: cat, Name: name, ChineseName: chinese, Designations: specialization.Designations(ds...), Validation: v}
}

// item returns the test item with the given ID, from testDefinitions or
// editionDefinitions; it panics on an unknown ID, which is a mistake in a
// test table.
func item(id string) specialization.Specialization {
	for _, d := range slices.Concat(testDefinitions, editionDefinitions) {
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
