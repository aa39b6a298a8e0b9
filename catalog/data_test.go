package catalog_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Shorthands for the tables below.
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

var ds = specialization.Designations

// seedDay is a day of the seed's edition: On(seedDay) gives the terms
// DESIGN.md's "Catalog IDs" table lists.
var seedDay = date.MustParse("2025-01-01")

// facts is what the per-entry table checks of each entry, in the seed's
// edition.
type facts struct {
	ID           specialization.ID
	Name         string
	ChineseName  string
	Kind         specialization.Kind
	Category     specialization.Category
	Validation   specialization.Validation
	Designations specialization.DesignationSet
	Introduced   string // "" when unknown
	Closes       string // Closes, else Retired; "" when neither
	Retired      string // "" when not retired
	ReplacedBy   specialization.ID
	CarriesOver  bool
}

func factsOf(s specialization.Specialization) facts {
	str := func(d date.Date, _ bool) string { return d.String() }
	return facts{
		ID: s.ID(), Name: s.Name(), ChineseName: s.ChineseName(), Kind: s.Kind(),
		Category: s.Category(), Validation: s.Validation(), Designations: s.Designations(),
		Introduced: str(s.Introduced()), Closes: str(s.Closes()), Retired: str(s.Retired()),
		ReplacedBy: s.ReplacedBy(), CarriesOver: s.CarriesOver(),
	}
}

// wantEntries is DESIGN.md's "Catalog IDs" table in catalog order, with
// RULES CAT-1 names and categories, CAT-2 designations, CAT-4 status, the
// seed's Chinese names, and the dates of RULES.md's EDN table. Names,
// validations and designations are those in force on seedDay; the three
// entries introduced after the seed show their first terms.
var wantEntries = []facts{
	{"ai-and-machine-learning", "AI and Machine Learning on Microsoft Azure", "Microsoft Azure 上的 AI 和机器学习", kSpec, azure, audit, ds(dataAI, appInno), "", "", "", "", false},
	{"analytics-on-microsoft-azure", "Analytics on Microsoft Azure", "Microsoft Azure 上的分析", kSpec, azure, audit, ds(dataAI), "", "", "", "", false},
	{"build-and-modernize-ai-apps", "Build and Modernize AI Apps with Microsoft Azure", "使用 Microsoft Azure 生成和现代化 AI 应用", kSpec, azure, audit, ds(dataAI, appInno), "2023-07-11", "", "", "", false},
	{"data-warehouse-migration", "Data Warehouse Migration to Microsoft Azure", "数据仓库到 Microsoft Azure 的迁移", kSpec, azure, audit, ds(dataAI), "", "2026-07-31", "2026-07-31", "analytics-on-microsoft-azure", false},
	{"accelerate-developer-productivity", "Accelerate Developer Productivity with Microsoft Azure", "通过 Microsoft Azure 加快开发人员工作效率", kSpec, azure, audit, ds(dataAI, appInno), "", "", "", "", false},
	{"hybrid-cloud-infrastructure", "Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI", "Microsoft Azure Stack HCI 的混合云基础结构", kSpec, azure, audit, ds(dataAI, appInno, infra), "", "", "", "", false},
	{"infra-and-database-migration", "Infra and Database Migration to Microsoft Azure", "基础结构和数据库迁移到 Microsoft Azure", kSpec, azure, audit, ds(dataAI, infra), "2023-01-09", "", "", "", false},
	{"kubernetes", "Kubernetes on Microsoft Azure", "Microsoft Azure 上的 Kubernetes", kSpec, azure, audit, ds(dataAI, appInno), "", "2026-07-31", "2026-07-31", "app-modernization", false},
	{"azure-virtual-desktop", "Microsoft Azure Virtual Desktop", "Microsoft Azure 虚拟桌面", kSpec, azure, audit, ds(infra), "", "", "", "", false},
	{"azure-vmware-solution", "Microsoft Azure VMware Solution", "Microsoft Azure VMware 解决方案", kSpec, azure, audit, ds(infra), "", "", "", "", false},
	{"migrate-enterprise-applications", "Migrate Enterprise Applications to Microsoft Azure", "将企业应用程序迁移到 azure Microsoft", kSpec, azure, audit, ds(dataAI, appInno), "", "2026-07-31", "2026-07-31", "app-modernization", false},
	{"networking-services", "Networking Services in Microsoft Azure", "Microsoft Azure 中的网络服务", kSpec, azure, audit, ds(infra), "", "", "", "", false},
	{"sap-on-microsoft-azure", "SAP on Microsoft Azure", "Microsoft Azure 上的 SAP", kSpec, azure, audit, ds(infra), "", "", "", "", false},
	{"azure-expert-msp", "Azure Expert MSP", "Azure 专家 MSP", kExpert, azure, audit, ds(dataAI, appInno, infra), "", "2026-09-16", "2027-02-01", "", false},
	{"hybrid-operations-azure-arc", "Hybrid Operations and Management with Microsoft Azure Arc", "使用 Microsoft Azure Arc 进行混合运营和管理", kSpec, azure, audit, ds(dataAI, appInno, infra), "", "2023-10-09", "2023-10-09", "", false},
	{"windows-server-sql-server-migration", "Windows Server and SQL Server Migration to Microsoft Azure", "Windows Server 和 SQL Server 到 Microsoft Azure 的迁移", kSpec, azure, audit, ds(dataAI, infra), "", "2023-01-09", "2023-01-09", "infra-and-database-migration", true},
	{"linux-open-source-database-migration", "Linux and Open Source Database Migration to Microsoft Azure", "Linux 和开源数据库迁移到 Microsoft Azure", kSpec, azure, audit, ds(dataAI, infra), "", "2023-01-09", "2023-01-09", "infra-and-database-migration", true},
	{"app-modernization", "App Modernization on Microsoft Azure", "", kSpec, azure, audit, ds(dataAI, appInno), "2026-07-31", "", "", "", false},
	{"business-intelligence", "Business Intelligence", "商业智能", kSpec, bizApps, none, ds(bizApp, dataAI), "2023-07-11", "2026-07-31", "2026-07-31", "analytics-on-microsoft-azure", false},
	{"finance", "Finance", "金融", kSpec, bizApps, none, ds(bizApp), "", "", "", "", false},
	{"intelligent-automation", "Intelligent Automation", "智能自动化", kSpec, bizApps, none, ds(bizApp, appInno, mw), "2023-07-11", "2026-07-31", "2026-07-31", "agentic-business-solutions", false},
	{"low-code-application-development", "Microsoft Low Code Application Development", "Microsoft低代码应用程序开发", kSpec, bizApps, none, ds(bizApp, appInno, mw), "", "2026-07-31", "2026-07-31", "agentic-business-solutions", false},
	{"sales", "Sales", "销售", kSpec, bizApps, none, ds(bizApp), "", "", "", "", false},
	{"service", "Service", "服务", kSpec, bizApps, none, ds(bizApp), "", "", "", "", false},
	{"small-and-midsize-business-management", "Small and Midsize Business Management", "中小型企业管理", kSpec, bizApps, none, ds(bizApp), "", "", "", "", false},
	{"supply-chain", "Supply Chain", "供应链", kSpec, bizApps, none, ds(bizApp), "", "", "", "", false},
	{"agentic-business-solutions", "Agentic Business Solutions", "", kSpec, bizApps, none, ds(bizApp, appInno, mw), "2026-07-31", "", "", "", false},
	{"adoption-and-change-management", "Adoption and Change Management", "采用和变更管理", kSpec, modernWork, refs, ds(mw), "", "2026-06-25", "2026-06-25", "", false},
	{"calling-for-microsoft-teams", "Calling for Microsoft Teams", "调用 Microsoft Teams", kSpec, modernWork, refs, ds(mw), "", "", "", "", false},
	{"custom-solutions-for-microsoft-teams", "Custom Solutions for Microsoft Teams", "适用于 Microsoft Teams 的自定义解决方案", kSpec, modernWork, refs, ds(mw), "", "", "", "", false},
	{"meetings-and-meeting-rooms", "Meetings and Meeting Rooms for Microsoft Teams", "Microsoft Teams 会议和会议室", kSpec, modernWork, refs, ds(mw), "", "", "", "", false},
	{"modernize-endpoints", "Modernize Endpoints", "现代化终结点", kSpec, modernWork, refs, ds(mw), "", "", "", "", false},
	{"teamwork-deployment", "Teamwork Deployment", "团队合作部署", kSpec, modernWork, refs, ds(mw), "", "", "", "", false},
	{"microsoft-copilot", "Microsoft Copilot", "", kSpec, modernWork, refs, ds(bizApp, mw, sec), "2025-07-01", "", "", "", false},
	{"cloud-security", "Cloud Security", "云安全", kSpec, security, refs, ds(sec), "", "", "", "", false},
	{"identity-and-access-management", "Identity and Access Management", "标识和访问管理", kSpec, security, refs, ds(sec), "", "", "", "", false},
	{"information-protection-and-governance", "Information Protection and Governance", "信息保护和治理", kSpec, security, refs, ds(sec), "", "", "", "", false},
	{"threat-protection", "Threat Protection", "威胁防护", kSpec, security, refs, ds(sec), "", "", "", "", false},
}

func TestEntries(t *testing.T) {
	c := catalog.Default()
	if got := c.Len(); got != len(wantEntries) || got != 38 {
		t.Errorf("Default().Len() = %d, want 38", got)
	}
	for _, want := range wantEntries {
		t.Run(fmt.Sprintf("CAT-1 CAT-2 CAT-4 EDN-3 %s", want.ID), func(t *testing.T) {
			s, ok := c.Get(want.ID)
			if !ok {
				t.Fatalf("Get(%q) found nothing", want.ID)
			}
			if diff := cmp.Diff(want, factsOf(s.On(seedDay))); diff != "" {
				t.Errorf("Get(%q).On(%v) mismatch (-want +got):\n%s", want.ID, seedDay, diff)
			}
			if s.Source() == "" {
				t.Errorf("EDN-1 Get(%q).Source() is empty: base terms need a source", want.ID)
			}
		})
	}
}

func TestAllOrder(t *testing.T) {
	var want, got []specialization.ID
	for _, e := range wantEntries {
		want = append(want, e.ID)
	}
	for s := range catalog.Default().All() {
		got = append(got, s.ID())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CAT-1 All() order: category, then the seed's order, later entries last (-want +got):\n%s", diff)
	}
}

// TestCurrentSpecializations proves RULES CAT-1: the specializations
// offered in the seed's edition (not expert programs) per category, by
// that edition's names and in the seed's order: 13, 8, 6 and 4.
func TestCurrentSpecializations(t *testing.T) {
	want := map[specialization.Category][]string{
		azure: {
			"AI and Machine Learning on Microsoft Azure", "Analytics on Microsoft Azure",
			"Build and Modernize AI Apps with Microsoft Azure", "Data Warehouse Migration to Microsoft Azure",
			"Accelerate Developer Productivity with Microsoft Azure",
			"Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI",
			"Infra and Database Migration to Microsoft Azure", "Kubernetes on Microsoft Azure",
			"Microsoft Azure Virtual Desktop", "Microsoft Azure VMware Solution",
			"Migrate Enterprise Applications to Microsoft Azure", "Networking Services in Microsoft Azure",
			"SAP on Microsoft Azure",
		},
		bizApps: {
			"Business Intelligence", "Finance", "Intelligent Automation",
			"Microsoft Low Code Application Development", "Sales", "Service",
			"Small and Midsize Business Management", "Supply Chain",
		},
		modernWork: {
			"Adoption and Change Management", "Calling for Microsoft Teams",
			"Custom Solutions for Microsoft Teams", "Meetings and Meeting Rooms for Microsoft Teams",
			"Modernize Endpoints", "Teamwork Deployment",
		},
		security: {
			"Cloud Security", "Identity and Access Management",
			"Information Protection and Governance", "Threat Protection",
		},
	}
	counts := map[specialization.Category]int{azure: 13, bizApps: 8, modernWork: 6, security: 4}
	for cat, names := range want {
		t.Run(fmt.Sprintf("CAT-1 %v has %d", cat, counts[cat]), func(t *testing.T) {
			var got []string
			for s := range catalog.Default().InCategory(cat) {
				if s.Offered(seedDay) && s.Kind() == kSpec {
					got = append(got, s.On(seedDay).Name())
				}
			}
			if len(got) != counts[cat] {
				t.Errorf("specializations offered in %v on %v: %d, want %d", cat, seedDay, len(got), counts[cat])
			}
			if diff := cmp.Diff(names, got); diff != "" {
				t.Errorf("specializations offered in %v on %v (-want +got):\n%s", cat, seedDay, diff)
			}
		})
	}
}

// seedForms is every name form the seed page prints, with where it prints
// it, and the English forms RULES CAT-1, CAT-3 and CAT-4 name.
var seedForms = []struct {
	where, form string
	want        specialization.ID
}{
	// The seed's category lists.
	{"list", "Microsoft Azure 上的 AI 和机器学习", "ai-and-machine-learning"},
	{"list", "Microsoft Azure 上的分析", "analytics-on-microsoft-azure"},
	{"list", "使用 Microsoft Azure 生成和现代化 AI 应用", "build-and-modernize-ai-apps"},
	{"list", "数据仓库到 Microsoft Azure 的迁移", "data-warehouse-migration"},
	{"list", "通过 Microsoft Azure 加快开发人员工作效率(以前称为 Microsoft Azure 上的 GitHub DevOps)", "accelerate-developer-productivity"},
	{"list", "Microsoft Azure Stack HCI 的混合云基础结构", "hybrid-cloud-infrastructure"},
	{"list", "基础结构和数据库迁移到 Microsoft Azure", "infra-and-database-migration"},
	{"list", "Microsoft Azure 上的 Kubernetes", "kubernetes"},
	{"list", "Microsoft Azure 虚拟桌面", "azure-virtual-desktop"},
	{"list", "Microsoft Azure VMware 解决方案", "azure-vmware-solution"},
	{"list", "将企业应用程序迁移到 azure Microsoft", "migrate-enterprise-applications"},
	{"list", "Microsoft Azure 中的网络服务", "networking-services"},
	{"list", "Microsoft Azure 上的 SAP", "sap-on-microsoft-azure"},
	{"list", "商业智能", "business-intelligence"},
	{"list", "Finance", "finance"},
	{"list", "智能自动化", "intelligent-automation"},
	{"list", "Microsoft低代码应用程序开发", "low-code-application-development"},
	{"list", "销售", "sales"},
	{"list", "服务", "service"},
	{"list", "中小型企业管理", "small-and-midsize-business-management"},
	{"list", "供应链", "supply-chain"},
	{"list", "采用和变更管理", "adoption-and-change-management"},
	{"list", "调用 Microsoft Teams", "calling-for-microsoft-teams"},
	{"list", "适用于 Microsoft Teams 的自定义解决方案", "custom-solutions-for-microsoft-teams"},
	{"list", "Microsoft Teams 会议和会议室", "meetings-and-meeting-rooms"},
	{"list", "现代化终结点", "modernize-endpoints"},
	{"list", "团队合作部署", "teamwork-deployment"},
	{"list", "云安全", "cloud-security"},
	{"list", "标识和访问管理", "identity-and-access-management"},
	{"list", "信息保护和治理", "information-protection-and-governance"},
	{"list", "威胁防护", "threat-protection"},
	// Forms only the designation mapping table prints.
	{"table", "Microsoft Windows 虚拟桌面", "azure-virtual-desktop"},
	{"table", "低代码应用程序开发", "low-code-application-development"},
	{"table", "适用于 Microsoft Teams 的客户解决方案", "custom-solutions-for-microsoft-teams"},
	// Forms only the benefit-cap table (and the renewal section) prints.
	{"cap table", "Azure 专家 MSP", "azure-expert-msp"},
	{"cap table", "数据仓库迁移到 Microsoft Azure", "data-warehouse-migration"},
	{"cap table", "将 Web 应用程序现代化到 Microsoft Azure", "migrate-enterprise-applications"},
	{"cap table", "使用 Microsoft Azure 加快开发人员工作效率", "accelerate-developer-productivity"},
	{"cap table", "使用 Microsoft Azure Arc 进行混合运营和管理", "hybrid-operations-azure-arc"},
	{"cap table", "金融", "finance"},
	{"cap table", "适用于 Microsoft Teams 的会议和会议室", "meetings-and-meeting-rooms"},
	{"cap table", "云安全性", "cloud-security"},
	{"cap table", "信息保护和管理", "information-protection-and-governance"},
	// The former name inside the list's parenthesis.
	{"list parenthesis", "Microsoft Azure 上的 GitHub DevOps", "accelerate-developer-productivity"},
	// English forms of RULES.
	{"English", "Accelerate Developer Productivity with Microsoft Azure (formerly DevOps with GitHub on Microsoft Azure)", "accelerate-developer-productivity"},
	{"English", "Microsoft Windows Virtual Desktop", "azure-virtual-desktop"},
	{"English", "Windows Virtual Desktop", "azure-virtual-desktop"},
	{"English", "Customer Solutions for Microsoft Teams", "custom-solutions-for-microsoft-teams"},
	{"English", "Low Code Application Development", "low-code-application-development"},
	{"English", "DevOps with GitHub on Microsoft Azure", "accelerate-developer-productivity"},
	{"English", "GitHub DevOps on Microsoft Azure", "accelerate-developer-productivity"},
	{"English", "Modernize Web Applications to Microsoft Azure", "migrate-enterprise-applications"},
	{"English", "Azure Expert MSP", "azure-expert-msp"},
	{"English", "Hybrid Operations and Management with Microsoft Azure Arc", "hybrid-operations-azure-arc"},
	{"English", "Windows Server and SQL Server Migration to Microsoft Azure", "windows-server-sql-server-migration"},
	{"English", "Linux and Open Source Database Migration to Microsoft Azure", "linux-open-source-database-migration"},
	// Chinese names of the 2023 retirees (Microsoft's zh-cn page of that time).
	{"zh-cn history", "Windows Server 和 SQL Server 到 Microsoft Azure 的迁移", "windows-server-sql-server-migration"},
	{"zh-cn history", "Linux 和开源数据库迁移到 Microsoft Azure", "linux-open-source-database-migration"},
}

func TestSeedForms(t *testing.T) {
	c := catalog.Default()
	for _, tt := range seedForms {
		t.Run(fmt.Sprintf("CAT-3 %s form %q finds %s", tt.where, tt.form, tt.want), func(t *testing.T) {
			s, ok := c.Lookup(tt.form)
			if !ok || s.ID() != tt.want {
				t.Errorf("Lookup(%q) = %q, %v; want %q, true", tt.form, s.ID(), ok, tt.want)
			}
		})
	}
}

// TestSeedFormsAreAliases proves that every form the seed prints is stored
// on its entry as its name, Chinese name or an alias, not merely found by
// the loose comparison.
func TestSeedFormsAreAliases(t *testing.T) {
	c := catalog.Default()
	for _, tt := range seedForms {
		s, _ := c.Get(tt.want)
		known := append([]string{s.Name(), s.LocalName("zh")}, slices.Collect(s.Aliases())...)
		if !slices.Contains(known, tt.form) {
			t.Errorf("CAT-3 %s form %q: not among the names of %s: %q", tt.where, tt.form, tt.want, known)
		}
	}
}

// TestEveryNameFindsItsEntry proves CAT-3 from the data's side: each entry's
// ID, English name, Chinese name and every alias look up that entry.
func TestEveryNameFindsItsEntry(t *testing.T) {
	c := catalog.Default()
	for s := range c.All() {
		names := append([]string{string(s.ID()), s.Name(), s.LocalName("zh-Hans")}, slices.Collect(s.Aliases())...)
		for _, name := range names {
			if got, ok := c.Lookup(name); !ok || got.ID() != s.ID() {
				t.Errorf("CAT-3 Lookup(%q) = %q, %v; want %q, true", name, got.ID(), ok, s.ID())
			}
		}
	}
}

// TestPublishedFiguresOnly proves that exactly the five entries of
// REQUIREMENTS.md carry thresholds; every other entry has none published.
func TestPublishedFiguresOnly(t *testing.T) {
	published := []specialization.ID{
		"ai-and-machine-learning", "cloud-security", "identity-and-access-management",
		"information-protection-and-governance", "threat-protection",
	}
	var got []specialization.ID
	for s := range catalog.Default().All() {
		if len(s.Qualification()) > 0 {
			got = append(got, s.ID())
		}
	}
	if diff := cmp.Diff(published, got); diff != "" {
		t.Errorf("ENR-1 entries with published figures (-want +got):\n%s", diff)
	}
}
