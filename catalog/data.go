package catalog

import (
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// definitions returns the built-in catalog's entries, a fresh slice on each
// call, in the seed page's order within each category.
//
// "seed" is shared/seed/specializations-overview.zh-cn.txt, the zh-cn
// edition of Microsoft Learn's "Specializations overview": its category
// lists ("list"), its designation mapping table ("table") and its
// benefit-cap table ("caps"). ChineseName is the list's form; Aliases hold
// every other form the seed prints, plus former English names. Entries
// without Qualification have no published figures in this catalog (which is
// not the same as nothing required).
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
	return []specialization.Definition{
		// Azure.
		{ // seed: list, table, caps.
			ID: "ai-and-machine-learning", Kind: kSpec, Category: azure, Validation: audit,
			Name:          "AI and Machine Learning on Microsoft Azure",
			ChineseName:   "Microsoft Azure 上的 AI 和机器学习",
			Designations:  ds(dataAI, appInno),
			Qualification: aiMachineLearningFigures(),
		},
		{ // seed: list, table, caps.
			ID: "analytics-on-microsoft-azure", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Analytics on Microsoft Azure",
			ChineseName:  "Microsoft Azure 上的分析",
			Designations: ds(dataAI),
		},
		{ // seed: list, table; not in caps.
			ID: "build-and-modernize-ai-apps", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Build and Modernize AI Apps with Microsoft Azure",
			ChineseName:  "使用 Microsoft Azure 生成和现代化 AI 应用",
			Designations: ds(dataAI, appInno),
		},
		{ // seed: list, table; caps prints another form.
			ID: "data-warehouse-migration", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Data Warehouse Migration to Microsoft Azure",
			ChineseName:  "数据仓库到 Microsoft Azure 的迁移",
			Aliases:      []string{"数据仓库迁移到 Microsoft Azure"},
			Designations: ds(dataAI),
		},
		{ // seed: list, table, caps; renamed from DevOps with GitHub on 2024-08-12 (English page).
			ID: "accelerate-developer-productivity", Kind: kSpec, Category: azure, Validation: audit,
			Name:        "Accelerate Developer Productivity with Microsoft Azure",
			ChineseName: "通过 Microsoft Azure 加快开发人员工作效率",
			Aliases: []string{
				"通过 Microsoft Azure 加快开发人员工作效率(以前称为 Microsoft Azure 上的 GitHub DevOps)",
				"Microsoft Azure 上的 GitHub DevOps",
				"使用 Microsoft Azure 加快开发人员工作效率",
				"Accelerate Developer Productivity with Microsoft Azure (formerly DevOps with GitHub on Microsoft Azure)",
				"DevOps with GitHub on Microsoft Azure",
				"GitHub DevOps on Microsoft Azure",
			},
			Designations: ds(dataAI, appInno),
		},
		{ // seed: list, table, caps.
			ID: "hybrid-cloud-infrastructure", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI",
			ChineseName:  "Microsoft Azure Stack HCI 的混合云基础结构",
			Designations: ds(dataAI, appInno, infra),
		},
		{ // seed: list, table, caps; successor of two migrations on 2023-01-09 (English page).
			ID: "infra-and-database-migration", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Infra and Database Migration to Microsoft Azure",
			ChineseName:  "基础结构和数据库迁移到 Microsoft Azure",
			Designations: ds(dataAI, infra),
		},
		{ // seed: list, table, caps.
			ID: "kubernetes", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Kubernetes on Microsoft Azure",
			ChineseName:  "Microsoft Azure 上的 Kubernetes",
			Designations: ds(dataAI, appInno),
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
		},
		{ // seed: list, table, caps.
			ID: "azure-vmware-solution", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Microsoft Azure VMware Solution",
			ChineseName:  "Microsoft Azure VMware 解决方案",
			Designations: ds(infra),
		},
		{ // seed: list, table (word order as printed); caps prints the name before 2023-07-11.
			ID: "migrate-enterprise-applications", Kind: kSpec, Category: azure, Validation: audit,
			Name:        "Migrate Enterprise Applications to Microsoft Azure",
			ChineseName: "将企业应用程序迁移到 azure Microsoft",
			Aliases: []string{
				"将 Web 应用程序现代化到 Microsoft Azure",
				"Modernize Web Applications to Microsoft Azure",
			},
			Designations: ds(dataAI, appInno),
		},
		{ // seed: list, table, caps.
			ID: "networking-services", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Networking Services in Microsoft Azure",
			ChineseName:  "Microsoft Azure 中的网络服务",
			Designations: ds(infra),
		},
		{ // seed: list, table, caps.
			ID: "sap-on-microsoft-azure", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "SAP on Microsoft Azure",
			ChineseName:  "Microsoft Azure 上的 SAP",
			Designations: ds(infra),
		},
		{ // seed: caps and the renewal section, the one expert program (RULES CAT-4, REN-1).
			ID: "azure-expert-msp", Kind: kExpert, Category: azure, Validation: audit,
			Name:         "Azure Expert MSP",
			ChineseName:  "Azure 专家 MSP",
			Designations: ds(dataAI, appInno, infra),
		},
		{ // seed: caps only; English page of 2023-10-09 is the first without it.
			ID: "hybrid-operations-azure-arc", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Hybrid Operations and Management with Microsoft Azure Arc",
			ChineseName:  "使用 Microsoft Azure Arc 进行混合运营和管理",
			Designations: ds(dataAI, appInno, infra),
			Retired:      date.MustParse("2023-10-09"),
		},
		{ // English page of 2023-01-09: replaced by Infra and Database Migration; zh-cn name of that time.
			ID: "windows-server-sql-server-migration", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Windows Server and SQL Server Migration to Microsoft Azure",
			ChineseName:  "Windows Server 和 SQL Server 到 Microsoft Azure 的迁移",
			Designations: ds(dataAI, infra),
			Retired:      date.MustParse("2023-01-09"),
			ReplacedBy:   "infra-and-database-migration",
		},
		{ // English page of 2023-01-09: replaced by Infra and Database Migration; zh-cn name of that time.
			ID: "linux-open-source-database-migration", Kind: kSpec, Category: azure, Validation: audit,
			Name:         "Linux and Open Source Database Migration to Microsoft Azure",
			ChineseName:  "Linux 和开源数据库迁移到 Microsoft Azure",
			Designations: ds(dataAI, infra),
			Retired:      date.MustParse("2023-01-09"),
			ReplacedBy:   "infra-and-database-migration",
		},

		// Business Applications.
		{ // seed: list, table, caps.
			ID: "business-intelligence", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Business Intelligence",
			ChineseName:  "商业智能",
			Designations: ds(bizApp, dataAI),
		},
		{ // seed: list and table print "Finance" untranslated; caps prints 金融.
			ID: "finance", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Finance",
			ChineseName:  "金融",
			Designations: ds(bizApp),
		},
		{ // seed: list, table, caps.
			ID: "intelligent-automation", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Intelligent Automation",
			ChineseName:  "智能自动化",
			Designations: ds(bizApp, appInno, mw),
		},
		{ // seed: list, caps; table drops "Microsoft".
			ID: "low-code-application-development", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Microsoft Low Code Application Development",
			ChineseName:  "Microsoft低代码应用程序开发",
			Aliases:      []string{"低代码应用程序开发", "Low Code Application Development"},
			Designations: ds(bizApp, appInno, mw),
		},
		{ // seed: list, table, caps.
			ID: "sales", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Sales",
			ChineseName:  "销售",
			Designations: ds(bizApp),
		},
		{ // seed: list, table, caps.
			ID: "service", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Service",
			ChineseName:  "服务",
			Designations: ds(bizApp),
		},
		{ // seed: list, table, caps.
			ID: "small-and-midsize-business-management", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Small and Midsize Business Management",
			ChineseName:  "中小型企业管理",
			Designations: ds(bizApp),
		},
		{ // seed: list, table, caps.
			ID: "supply-chain", Kind: kSpec, Category: bizApps, Validation: none,
			Name:         "Supply Chain",
			ChineseName:  "供应链",
			Designations: ds(bizApp),
		},

		// Modern Work.
		{ // seed: list, table, caps.
			ID: "adoption-and-change-management", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Adoption and Change Management",
			ChineseName:  "采用和变更管理",
			Designations: ds(mw),
		},
		{ // seed: list, table, caps.
			ID: "calling-for-microsoft-teams", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Calling for Microsoft Teams",
			ChineseName:  "调用 Microsoft Teams",
			Designations: ds(mw),
		},
		{ // seed: list; table and caps print the "Customer Solutions" form.
			ID: "custom-solutions-for-microsoft-teams", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Custom Solutions for Microsoft Teams",
			ChineseName:  "适用于 Microsoft Teams 的自定义解决方案",
			Aliases:      []string{"适用于 Microsoft Teams 的客户解决方案", "Customer Solutions for Microsoft Teams"},
			Designations: ds(mw),
		},
		{ // seed: list, table; caps prints another form.
			ID: "meetings-and-meeting-rooms", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Meetings and Meeting Rooms for Microsoft Teams",
			ChineseName:  "Microsoft Teams 会议和会议室",
			Aliases:      []string{"适用于 Microsoft Teams 的会议和会议室"},
			Designations: ds(mw),
		},
		{ // seed: list, table; not in caps.
			ID: "modernize-endpoints", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Modernize Endpoints",
			ChineseName:  "现代化终结点",
			Designations: ds(mw),
		},
		{ // seed: list, table, caps.
			ID: "teamwork-deployment", Kind: kSpec, Category: modernWork, Validation: refs,
			Name:         "Teamwork Deployment",
			ChineseName:  "团队合作部署",
			Designations: ds(mw),
		},

		// Security.
		{ // seed: list, table; caps prints 云安全性.
			ID: "cloud-security", Kind: kSpec, Category: security, Validation: refs,
			Name:          "Cloud Security",
			ChineseName:   "云安全",
			Aliases:       []string{"云安全性"},
			Designations:  ds(sec),
			Qualification: cloudSecurityFigures(),
		},
		{ // seed: list, table, caps.
			ID: "identity-and-access-management", Kind: kSpec, Category: security, Validation: refs,
			Name:          "Identity and Access Management",
			ChineseName:   "标识和访问管理",
			Designations:  ds(sec),
			Qualification: identityAccessFigures(),
		},
		{ // seed: list, table; caps prints 信息保护和管理.
			ID: "information-protection-and-governance", Kind: kSpec, Category: security, Validation: refs,
			Name:          "Information Protection and Governance",
			ChineseName:   "信息保护和治理",
			Aliases:       []string{"信息保护和管理"},
			Designations:  ds(sec),
			Qualification: informationProtectionFigures(),
		},
		{ // seed: list, table, caps.
			ID: "threat-protection", Kind: kSpec, Category: security, Validation: refs,
			Name:          "Threat Protection",
			ChineseName:   "威胁防护",
			Designations:  ds(sec),
			Qualification: threatProtectionFigures(),
		},
	}
}
