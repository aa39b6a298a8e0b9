package catalog

import (
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Sources the data cites. seed is shared/seed/specializations-overview.zh-cn.txt,
// the zh-cn edition of Microsoft Learn's "Specializations overview": its
// category lists ("list"), its designation mapping table ("table") and its
// benefit-cap table ("caps"). The src constants are the Source column of
// RULES.md's EDN table, as printed there.
const (
	seed = `Microsoft Learn "Specializations overview" (zh-cn), the seed`

	srcInfraLive     = `Microsoft Learn "The new Infra and Database Migration to Microsoft Azure specialization is now live"; Infra and Database Migration audit checklist v1.4`
	srcJuly2023      = `Partner Center announcement, 2023-07-12`
	srcOverview2023  = `Microsoft Learn "Specializations overview", 2023-10-09`
	srcADPChecklist  = `Accelerate Developer Productivity audit checklist v2.41`
	srcApplyAIML     = `Microsoft Learn "Apply for specializations" ("formerly AI and Machine Learning")`
	srcListings      = `partner listings`
	srcApplyReported = `reports quoting Microsoft Learn "Apply for specializations"`
	srcBlog2025      = `reports quoting Microsoft's Specialization blog, 2025-08-26`
	srcNovember2025  = `reports from November 2025`
	srcReports       = `reports`
	srcOverviewAug   = `reports quoting Microsoft Learn "Specializations overview", 2026-08-03`
	srcJuly2026      = `reports quoting Microsoft Learn announcements, July 2026`
	srcAugust2026    = `reports quoting Microsoft Learn announcements, August 2026`
	srcOverviewJul   = `reports quoting Microsoft Learn "Specializations overview", 2026-07-31`
	srcExpertMSP     = `reports quoting Microsoft Learn "Azure Expert MSP", 2026-08-19`
)

// definitions returns the built-in catalog's entries, a fresh slice on each
// call: per category the seed page's order, then the entries it does not
// list (Azure Expert MSP, the retirees, the entries introduced after it).
//
// Base terms are those of the seed's edition, except where RULES.md's EDN
// table dates a change before it: there the base terms are the old ones and
// the change brings in the seed's. ChineseName is the list's form; Aliases
// hold every other form the seed prints. Changes record the EDN table row by
// row; a Source also records the entry's introduction, closing and
// retirement as "<Event> <day>[, reported][, day inferred under EDN-8]:
// <source>". Entries without Qualification have no published figures in
// this catalog (which is not the same as nothing required).
func definitions() []specialization.Definition {
	const (
		kSpec   = specialization.KindSpecialization
		kExpert = specialization.KindExpertProgram

		azure      = specialization.CategoryAzure
		bizApps    = specialization.CategoryBusinessApplications
		modernWork = specialization.CategoryModernWork
		security   = specialization.CategorySecurity

		audit = specialization.ValidationAudit
		none  = specialization.ValidationNone
		refs  = specialization.ValidationCustomerReference

		dataAI  = specialization.DesignationDataAndAI
		appInno = specialization.DesignationDigitalAndAppInnovation
		infra   = specialization.DesignationInfrastructure
		bizApp  = specialization.DesignationBusinessApplications
		mw      = specialization.DesignationModernWork
		sec     = specialization.DesignationSecurity
	)
	ds := specialization.Designations
	day := date.MustParse
	return []specialization.Definition{
		// Azure.
		{ // seed: list, table, caps; renamed 2025-07-01 (day inferred).
			ID: "ai-and-machine-learning", Kind: kSpec, Category: azure, Validation: audit,
			Name:          "AI and Machine Learning on Microsoft Azure",
			ChineseName:   "Microsoft Azure 上的 AI 和机器学习",
			Designations:  ds(dataAI, appInno),
			Qualification: aiMachineLearningFigures(),
			Source:        seed + ": list, table, caps",
			Changes: []specialization.Change{
				{On: day("2025-07-01"), Name: "AI Platform on Microsoft Azure", Inferred: true, Source: srcApplyAIML},
			},
		},
		{ // seed: list, table, caps; renamed on the 2026-07-31 consolidation.
			ID: "analytics-on-microsoft-azure", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Analytics on Microsoft Azure",
			ChineseName:  "Microsoft Azure 上的分析",
			Designations: ds(dataAI),
			Source:       seed + ": list, table, caps",
			Changes: []specialization.Change{
				{On: day("2026-07-31"), Name: "Analytics on Azure", Reported: true, Source: srcOverviewJul},
			},
		},
		{ // seed: list, table; introduced 2023-07-11, renamed twice in 2025.
			ID: "build-and-modernize-ai-apps", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Build and Modernize AI Apps with Microsoft Azure",
			ChineseName:  "使用 Microsoft Azure 生成和现代化 AI 应用",
			Designations: ds(dataAI, appInno),
			Introduced:   day("2023-07-11"),
			Source:       seed + ": list, table. Introduced 2023-07-11: " + srcJuly2023,
			Changes: []specialization.Change{
				{On: day("2025-07-01"), Name: "Build AI Apps on Microsoft Azure", Inferred: true, Reported: true, Source: srcListings},
				{On: day("2025-12-01"), Name: "AI Apps on Microsoft Azure", Inferred: true, Reported: true, Source: srcReports},
			},
		},
		{ // seed: list, table; caps prints another form. Retired 2026-07-31.
			ID: "data-warehouse-migration", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Data Warehouse Migration to Microsoft Azure",
			ChineseName:  "数据仓库到 Microsoft Azure 的迁移",
			Aliases:      []string{"数据仓库迁移到 Microsoft Azure"},
			Designations: ds(dataAI),
			Retired:      day("2026-07-31"),
			ReplacedBy:   "analytics-on-microsoft-azure",
			Source:       seed + ": list, table, caps. Retired 2026-07-31, reported: " + srcOverviewJul,
		},
		{ // seed: the list's parenthesis gives the base name; renamed 2024-08-12 and 2025-11-01.
			ID: "accelerate-developer-productivity", Kind: kSpec, Category: azure, Validation: audit,
			Name:        "DevOps with GitHub on Microsoft Azure",
			ChineseName: "Microsoft Azure 上的 GitHub DevOps",
			Aliases: []string{
				"通过 Microsoft Azure 加快开发人员工作效率(以前称为 Microsoft Azure 上的 GitHub DevOps)",
				"使用 Microsoft Azure 加快开发人员工作效率",
				"Accelerate Developer Productivity with Microsoft Azure (formerly DevOps with GitHub on Microsoft Azure)",
				"GitHub DevOps on Microsoft Azure",
			},
			Designations: ds(dataAI, appInno),
			Source:       seed + ": list (the former name in parentheses), table, caps; English names: Microsoft Learn",
			Changes: []specialization.Change{
				{On: day("2024-08-12"), Name: "Accelerate Developer Productivity with Microsoft Azure",
					ChineseName: "通过 Microsoft Azure 加快开发人员工作效率", Source: srcADPChecklist},
				{On: day("2025-11-01"), Name: "Agentic DevOps with Microsoft Azure and GitHub", Inferred: true, Reported: true,
					Source: srcNovember2025},
			},
		},
		{ // seed: list, table, caps.
			ID: "hybrid-cloud-infrastructure", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI",
			ChineseName:  "Microsoft Azure Stack HCI 的混合云基础结构",
			Designations: ds(dataAI, appInno, infra),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: list, table, caps; introduced 2023-01-09 as successor of two migrations.
			ID: "infra-and-database-migration", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Infra and Database Migration to Microsoft Azure",
			ChineseName:  "基础结构和数据库迁移到 Microsoft Azure",
			Designations: ds(dataAI, infra),
			Introduced:   day("2023-01-09"),
			Source:       seed + ": list, table, caps. Introduced 2023-01-09: " + srcInfraLive,
		},
		{ // seed: list, table, caps. Retired 2026-07-31.
			ID: "kubernetes", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Kubernetes on Microsoft Azure",
			ChineseName:  "Microsoft Azure 上的 Kubernetes",
			Designations: ds(dataAI, appInno),
			Retired:      day("2026-07-31"),
			ReplacedBy:   "app-modernization",
			Source:       seed + ": list, table, caps. Retired 2026-07-31, reported: " + srcOverviewJul,
		},
		{ // seed: list, caps; table prints the former Windows name.
			ID: "azure-virtual-desktop", Kind: kSpec, Category: azure, Validation: audit,
			Name:        "Microsoft Azure Virtual Desktop",
			ChineseName: "Microsoft Azure 虚拟桌面",
			Aliases: []string{
				"Microsoft Windows 虚拟桌面",
				"Microsoft Windows Virtual Desktop",
				"Windows Virtual Desktop",
			},
			Designations: ds(infra),
			Source:       seed + ": list, caps; the table prints the former Windows name",
		},
		{ // seed: list, table, caps.
			ID: "azure-vmware-solution", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Microsoft Azure VMware Solution",
			ChineseName:  "Microsoft Azure VMware 解决方案",
			Designations: ds(infra),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: caps prints the base name; renamed 2023-07-11 (list, table); retired 2026-07-31.
			ID: "migrate-enterprise-applications", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Modernize Web Applications to Microsoft Azure",
			ChineseName:  "将 Web 应用程序现代化到 Microsoft Azure",
			Aliases:      []string{"Modernization of Web Applications to Microsoft Azure"},
			Designations: ds(dataAI, appInno),
			Retired:      day("2026-07-31"),
			ReplacedBy:   "app-modernization",
			Source:       seed + ": caps (the name before 2023-07-11). Retired 2026-07-31, reported: " + srcOverviewJul,
			Changes: []specialization.Change{
				{On: day("2023-07-11"), Name: "Migrate Enterprise Applications to Microsoft Azure",
					ChineseName: "将企业应用程序迁移到 azure Microsoft", Source: srcJuly2023},
			},
		},
		{ // seed: list, table, caps.
			ID: "networking-services", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Networking Services in Microsoft Azure",
			ChineseName:  "Microsoft Azure 中的网络服务",
			Designations: ds(infra),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: list, table, caps.
			ID: "sap-on-microsoft-azure", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "SAP on Microsoft Azure",
			ChineseName:  "Microsoft Azure 上的 SAP",
			Designations: ds(infra),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: caps and the renewal section, the one expert program (RULES CAT-4, REN-1); closes 2026-09-16.
			ID: "azure-expert-msp", Kind: kExpert, Category: azure, Validation: audit,
			Name:         "Azure Expert MSP",
			ChineseName:  "Azure 专家 MSP",
			Designations: ds(dataAI, appInno, infra),
			Closes:       day("2026-09-16"),
			Retired:      day("2027-02-01"),
			Source: seed + ": caps, renewal section. Closes 2026-09-16, reported: " + srcExpertMSP +
				". Retired 2027-02-01, reported: " + srcExpertMSP,
		},
		{ // seed: caps only; the English page of 2023-10-09 is the first without it.
			ID: "hybrid-operations-azure-arc", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Hybrid Operations and Management with Microsoft Azure Arc",
			ChineseName:  "使用 Microsoft Azure Arc 进行混合运营和管理",
			Designations: ds(dataAI, appInno, infra),
			Retired:      day("2023-10-09"),
			Source:       seed + ": caps. Retired 2023-10-09: " + srcOverview2023,
		},
		{ // English pages before 2023-01-09; holders moved to Infra and Database Migration.
			ID: "windows-server-sql-server-migration", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Windows Server and SQL Server Migration to Microsoft Azure",
			ChineseName:  "Windows Server 和 SQL Server 到 Microsoft Azure 的迁移",
			Designations: ds(dataAI, infra),
			Retired:      day("2023-01-09"),
			ReplacedBy:   "infra-and-database-migration",
			CarriesOver:  true,
			Source:       "Microsoft Learn English and zh-cn pages before 2023-01-09. Retired 2023-01-09: " + srcInfraLive,
		},
		{ // English pages before 2023-01-09; holders moved to Infra and Database Migration.
			ID: "linux-open-source-database-migration", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Linux and Open Source Database Migration to Microsoft Azure",
			ChineseName:  "Linux 和开源数据库迁移到 Microsoft Azure",
			Designations: ds(dataAI, infra),
			Retired:      day("2023-01-09"),
			ReplacedBy:   "infra-and-database-migration",
			CarriesOver:  true,
			Source:       "Microsoft Learn English and zh-cn pages before 2023-01-09. Retired 2023-01-09: " + srcInfraLive,
		},
		{ // introduced 2026-07-31, replacing Kubernetes and Migrate Enterprise Applications; no Chinese name.
			ID: "app-modernization", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "App Modernization on Microsoft Azure",
			Designations: ds(dataAI, appInno),
			Introduced:   day("2026-07-31"),
			Source:       "Introduced 2026-07-31, reported: " + srcOverviewJul,
		},

		// Business Applications.
		{ // seed: list, table, caps; introduced 2023-07-11, retired 2026-07-31.
			ID: "business-intelligence", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Business Intelligence",
			ChineseName:  "商业智能",
			Designations: ds(bizApp, dataAI),
			Introduced:   day("2023-07-11"),
			Retired:      day("2026-07-31"),
			ReplacedBy:   "analytics-on-microsoft-azure",
			Source: seed + ": list, table, caps. Introduced 2023-07-11: " + srcJuly2023 +
				". Retired 2026-07-31, reported: " + srcOverviewJul,
		},
		{ // seed: list and table print "Finance" untranslated; caps prints 金融.
			ID: "finance", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Finance",
			ChineseName:  "金融",
			Designations: ds(bizApp),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: list, table, caps; introduced 2023-07-11, retired 2026-07-31.
			ID: "intelligent-automation", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Intelligent Automation",
			ChineseName:  "智能自动化",
			Designations: ds(bizApp, appInno, mw),
			Introduced:   day("2023-07-11"),
			Retired:      day("2026-07-31"),
			ReplacedBy:   "agentic-business-solutions",
			Source: seed + ": list, table, caps. Introduced 2023-07-11: " + srcJuly2023 +
				". Retired 2026-07-31, reported: " + srcOverviewJul,
		},
		{ // seed: list, caps; table drops "Microsoft". Retired 2026-07-31.
			ID: "low-code-application-development", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Microsoft Low Code Application Development",
			ChineseName:  "Microsoft低代码应用程序开发",
			Aliases:      []string{"低代码应用程序开发", "Low Code Application Development"},
			Designations: ds(bizApp, appInno, mw),
			Retired:      day("2026-07-31"),
			ReplacedBy:   "agentic-business-solutions",
			Source:       seed + ": list, table, caps. Retired 2026-07-31, reported: " + srcOverviewJul,
		},
		{ // seed: list, table, caps.
			ID: "sales", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Sales",
			ChineseName:  "销售",
			Designations: ds(bizApp),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: list, table, caps.
			ID: "service", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Service",
			ChineseName:  "服务",
			Designations: ds(bizApp),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: list, table, caps.
			ID: "small-and-midsize-business-management", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Small and Midsize Business Management",
			ChineseName:  "中小型企业管理",
			Designations: ds(bizApp),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: list, table, caps.
			ID: "supply-chain", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Supply Chain",
			ChineseName:  "供应链",
			Designations: ds(bizApp),
			Source:       seed + ": list, table, caps",
		},
		{ // introduced 2026-07-31, replacing Low Code and Intelligent Automation; no Chinese name.
			ID: "agentic-business-solutions", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Agentic Business Solutions",
			Designations: ds(bizApp, appInno, mw),
			Introduced:   day("2026-07-31"),
			Source:       "Introduced 2026-07-31, reported: " + srcOverviewJul,
		},

		// Modern Work.
		{ // seed: list, table, caps. Retired 2026-06-25 without replacement.
			ID: "adoption-and-change-management", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Adoption and Change Management",
			ChineseName:  "采用和变更管理",
			Designations: ds(mw),
			Retired:      day("2026-06-25"),
			Source:       seed + ": list, table, caps. Retired 2026-06-25, reported: " + srcOverviewAug,
		},
		{ // seed: list, table, caps.
			ID: "calling-for-microsoft-teams", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Calling for Microsoft Teams",
			ChineseName:  "调用 Microsoft Teams",
			Designations: ds(mw),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: list; table and caps print the "Customer Solutions" form.
			ID: "custom-solutions-for-microsoft-teams", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Custom Solutions for Microsoft Teams",
			ChineseName:  "适用于 Microsoft Teams 的自定义解决方案",
			Aliases:      []string{"适用于 Microsoft Teams 的客户解决方案", "Customer Solutions for Microsoft Teams"},
			Designations: ds(mw),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: list, table; caps prints another form.
			ID: "meetings-and-meeting-rooms", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Meetings and Meeting Rooms for Microsoft Teams",
			ChineseName:  "Microsoft Teams 会议和会议室",
			Aliases:      []string{"适用于 Microsoft Teams 的会议和会议室"},
			Designations: ds(mw),
			Source:       seed + ": list, table, caps",
		},
		{ // seed: list, table; not in caps.
			ID: "modernize-endpoints", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Modernize Endpoints",
			ChineseName:  "现代化终结点",
			Designations: ds(mw),
			Source:       seed + ": list, table",
		},
		{ // seed: list, table, caps; renamed 2026-07-01 (day inferred).
			ID: "teamwork-deployment", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Teamwork Deployment",
			ChineseName:  "团队合作部署",
			Designations: ds(mw),
			Source:       seed + ": list, table, caps",
			Changes: []specialization.Change{
				{On: day("2026-07-01"), Name: "Secure AI Productivity", Inferred: true, Reported: true, Source: srcReports},
			},
		},
		{ // introduced 2025-07-01 (day inferred); renamed and audited from 2026-07-01; no Chinese name.
			ID: "microsoft-copilot", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Microsoft Copilot",
			Designations: ds(bizApp, mw, sec),
			Introduced:   day("2025-07-01"),
			Source:       "Introduced 2025-07-01, reported, day inferred under EDN-8: " + srcApplyReported,
			Changes: []specialization.Change{
				{On: day("2026-07-01"), Name: "Microsoft 365 Copilot", Validation: audit, Reported: true, Source: srcJuly2026},
			},
		},

		// Security: audits and anniversaries six months later from 2026-07-30 (EDN-5).
		{ // seed: list, table; caps prints 云安全性.
			ID: "cloud-security", Kind: kSpec, Category: security, Validation: refs,
			Name:          "Cloud Security",
			ChineseName:   "云安全",
			Aliases:       []string{"云安全性"},
			Designations:  ds(sec),
			Qualification: cloudSecurityFigures(),
			Source:        seed + ": list, table, caps",
			Changes: []specialization.Change{
				{On: day("2026-07-30"), Validation: audit, ShiftMonths: 6, Reported: true, Source: srcAugust2026},
			},
		},
		{ // seed: list, table, caps.
			ID: "identity-and-access-management", Kind: kSpec, Category: security, Validation: refs,
			Name:          "Identity and Access Management",
			ChineseName:   "标识和访问管理",
			Designations:  ds(sec),
			Qualification: identityAccessFigures(),
			Source:        seed + ": list, table, caps",
			Changes: []specialization.Change{
				{On: day("2026-07-30"), Validation: audit, ShiftMonths: 6, Reported: true, Source: srcAugust2026},
			},
		},
		{ // seed: list, table; caps prints 信息保护和管理. Renamed 2025-08-26.
			ID: "information-protection-and-governance", Kind: kSpec, Category: security, Validation: refs,
			Name:          "Information Protection and Governance",
			ChineseName:   "信息保护和治理",
			Aliases:       []string{"信息保护和管理"},
			Designations:  ds(sec),
			Qualification: informationProtectionFigures(),
			Source:        seed + ": list, table, caps",
			Changes: []specialization.Change{
				{On: day("2025-08-26"), Name: "Data Security", Reported: true, Source: srcBlog2025},
				{On: day("2026-07-30"), Validation: audit, ShiftMonths: 6, Reported: true, Source: srcAugust2026},
			},
		},
		{ // seed: list, table, caps.
			ID: "threat-protection", Kind: kSpec, Category: security, Validation: refs,
			Name:          "Threat Protection",
			ChineseName:   "威胁防护",
			Designations:  ds(sec),
			Qualification: threatProtectionFigures(),
			Source:        seed + ": list, table, caps",
			Changes: []specialization.Change{
				{On: day("2026-07-30"), Validation: audit, ShiftMonths: 6, Reported: true, Source: srcAugust2026},
			},
		},
	}
}
