package renewal_test

import (
	"testing"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// The tests build their own entries with specialization.New: renewal never
// imports the catalog, and the tests pin the history they rely on. The
// table follows DESIGN.md's catalog IDs (RULES CAT-1, CAT-2) and, for the
// entries whose history changes a renewal, the rows of RULES' EDN table:
// retirements, introductions, validation changes and anniversary shifts,
// plus the rename of Analytics on Microsoft Azure that Explain shows.
var (
	azure    = specialization.CategoryAzure
	bizApps  = specialization.CategoryBusinessApplications
	modern   = specialization.CategoryModernWork
	security = specialization.CategorySecurity
)

type entry struct {
	id       specialization.ID
	name     string
	category specialization.Category
	kind     specialization.Kind
}

var entries = []entry{
	{"ai-and-machine-learning", "AI and Machine Learning on Microsoft Azure", azure, specialization.KindSpecialization},
	{"analytics-on-microsoft-azure", "Analytics on Microsoft Azure", azure, specialization.KindSpecialization},
	{"build-and-modernize-ai-apps", "Build and Modernize AI Apps with Microsoft Azure", azure, specialization.KindSpecialization},
	{"data-warehouse-migration", "Data Warehouse Migration to Microsoft Azure", azure, specialization.KindSpecialization},
	{"accelerate-developer-productivity", "Accelerate Developer Productivity with Microsoft Azure", azure, specialization.KindSpecialization},
	{"hybrid-cloud-infrastructure", "Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI", azure, specialization.KindSpecialization},
	{"infra-and-database-migration", "Infra and Database Migration to Microsoft Azure", azure, specialization.KindSpecialization},
	{"kubernetes", "Kubernetes on Microsoft Azure", azure, specialization.KindSpecialization},
	{"azure-virtual-desktop", "Microsoft Azure Virtual Desktop", azure, specialization.KindSpecialization},
	{"azure-vmware-solution", "Microsoft Azure VMware Solution", azure, specialization.KindSpecialization},
	{"migrate-enterprise-applications", "Migrate Enterprise Applications to Microsoft Azure", azure, specialization.KindSpecialization},
	{"networking-services", "Networking Services in Microsoft Azure", azure, specialization.KindSpecialization},
	{"sap-on-microsoft-azure", "SAP on Microsoft Azure", azure, specialization.KindSpecialization},
	{"windows-server-sql-server-migration", "Windows Server and SQL Server Migration to Microsoft Azure", azure, specialization.KindSpecialization},
	{"linux-open-source-database-migration", "Linux and Open Source Database Migration to Microsoft Azure", azure, specialization.KindSpecialization},
	{"app-modernization", "App Modernization on Microsoft Azure", azure, specialization.KindSpecialization},
	{"business-intelligence", "Business Intelligence", bizApps, specialization.KindSpecialization},
	{"finance", "Finance", bizApps, specialization.KindSpecialization},
	{"intelligent-automation", "Intelligent Automation", bizApps, specialization.KindSpecialization},
	{"low-code-application-development", "Microsoft Low Code Application Development", bizApps, specialization.KindSpecialization},
	{"sales", "Sales", bizApps, specialization.KindSpecialization},
	{"service", "Service", bizApps, specialization.KindSpecialization},
	{"small-and-midsize-business-management", "Small and Midsize Business Management", bizApps, specialization.KindSpecialization},
	{"supply-chain", "Supply Chain", bizApps, specialization.KindSpecialization},
	{"agentic-business-solutions", "Agentic Business Solutions", bizApps, specialization.KindSpecialization},
	{"adoption-and-change-management", "Adoption and Change Management", modern, specialization.KindSpecialization},
	{"calling-for-microsoft-teams", "Calling for Microsoft Teams", modern, specialization.KindSpecialization},
	{"custom-solutions-for-microsoft-teams", "Custom Solutions for Microsoft Teams", modern, specialization.KindSpecialization},
	{"meetings-and-meeting-rooms", "Meetings and Meeting Rooms for Microsoft Teams", modern, specialization.KindSpecialization},
	{"modernize-endpoints", "Modernize Endpoints", modern, specialization.KindSpecialization},
	{"teamwork-deployment", "Teamwork Deployment", modern, specialization.KindSpecialization},
	{"microsoft-copilot", "Microsoft Copilot", modern, specialization.KindSpecialization},
	{"cloud-security", "Cloud Security", security, specialization.KindSpecialization},
	{"identity-and-access-management", "Identity and Access Management", security, specialization.KindSpecialization},
	{"information-protection-and-governance", "Information Protection and Governance", security, specialization.KindSpecialization},
	{"threat-protection", "Threat Protection", security, specialization.KindSpecialization},
	{"azure-expert-msp", "Azure Expert MSP", azure, specialization.KindExpertProgram},
}

// history is what the EDN table records of an entry (RULES EDN-1..EDN-6).
type history struct {
	chinese     string
	introduced  string
	closes      string
	retired     string
	replacedBy  specialization.ID
	carriesOver bool
	changes     []specialization.Change
}

// securityAudit is the 2026-07-30 change of every Security entry: the
// validation becomes an audit and anniversaries move 6 months (EDN-4,
// EDN-5).
var securityAudit = specialization.Change{
	On: d("2026-07-30"), Validation: specialization.ValidationAudit, ShiftMonths: 6, Reported: true,
	Source: "reports quoting Microsoft Learn announcements, August 2026",
}

const overview20260731 = `reports quoting Microsoft Learn "Specializations overview", 2026-07-31`

var histories = map[specialization.ID]history{
	"analytics-on-microsoft-azure": {chinese: "Microsoft Azure 上的分析", changes: []specialization.Change{
		{On: d("2026-07-31"), Name: "Analytics on Azure", Reported: true, Source: overview20260731},
	}},
	"windows-server-sql-server-migration":  {retired: "2023-01-09", replacedBy: "infra-and-database-migration", carriesOver: true},
	"linux-open-source-database-migration": {retired: "2023-01-09", replacedBy: "infra-and-database-migration", carriesOver: true},
	"infra-and-database-migration":         {introduced: "2023-01-09"},
	"kubernetes":                           {chinese: "Microsoft Azure 上的 Kubernetes", retired: "2026-07-31", replacedBy: "app-modernization"},
	"migrate-enterprise-applications":      {retired: "2026-07-31", replacedBy: "app-modernization"},
	"data-warehouse-migration":             {retired: "2026-07-31", replacedBy: "analytics-on-microsoft-azure"},
	"business-intelligence":                {introduced: "2023-07-11", retired: "2026-07-31", replacedBy: "analytics-on-microsoft-azure"},
	"intelligent-automation":               {introduced: "2023-07-11", retired: "2026-07-31", replacedBy: "agentic-business-solutions"},
	"low-code-application-development":     {retired: "2026-07-31", replacedBy: "agentic-business-solutions"},
	"app-modernization":                    {introduced: "2026-07-31"},
	"agentic-business-solutions":           {introduced: "2026-07-31"},
	"adoption-and-change-management":       {retired: "2026-06-25"},
	"microsoft-copilot": {introduced: "2025-07-01", changes: []specialization.Change{
		{On: d("2026-07-01"), Name: "Microsoft 365 Copilot", Validation: specialization.ValidationAudit, Reported: true,
			Source: "reports quoting Microsoft Learn announcements, July 2026"},
	}},
	"cloud-security":                 {chinese: "云安全", changes: []specialization.Change{securityAudit}},
	"identity-and-access-management": {changes: []specialization.Change{securityAudit}},
	"information-protection-and-governance": {changes: []specialization.Change{
		{On: d("2025-08-26"), Name: "Data Security", Reported: true,
			Source: "reports quoting Microsoft's Specialization blog, 2025-08-26"},
		securityAudit,
	}},
	"threat-protection": {chinese: "威胁防护", changes: []specialization.Change{securityAudit}},
	"azure-expert-msp":  {closes: "2026-09-16", retired: "2027-02-01"},
}

// validationOf is the manual validation of each category (RULES ENR-2..ENR-4).
func validationOf(c specialization.Category) specialization.Validation {
	switch c {
	case azure:
		return specialization.ValidationAudit
	case bizApps:
		return specialization.ValidationNone
	}
	return specialization.ValidationCustomerReference
}

// designationOf is one aligned designation per category, enough for New.
func designationOf(c specialization.Category) specialization.Designation {
	switch c {
	case azure:
		return specialization.DesignationDataAndAI
	case bizApps:
		return specialization.DesignationBusinessApplications
	case modern:
		return specialization.DesignationModernWork
	}
	return specialization.DesignationSecurity
}

// definition returns the test definition of the entry id.
func definition(tb testing.TB, id specialization.ID) specialization.Definition {
	tb.Helper()
	for _, e := range entries {
		if e.id != id {
			continue
		}
		h := histories[id]
		return specialization.Definition{
			ID: e.id, Kind: e.kind, Category: e.category, Name: e.name, ChineseName: h.chinese,
			Designations: specialization.Designations(designationOf(e.category)),
			Validation:   validationOf(e.category),
			Introduced:   d(h.introduced), Closes: d(h.closes), Retired: d(h.retired),
			ReplacedBy: h.replacedBy, CarriesOver: h.carriesOver, Changes: h.changes,
		}
	}
	tb.Fatalf("no test entry %q", id)
	return specialization.Definition{}
}

// spec builds the test entry with the given ID.
func spec(tb testing.TB, id specialization.ID) specialization.Specialization {
	tb.Helper()
	s, err := specialization.New(definition(tb, id))
	if err != nil {
		tb.Fatalf("specialization.New(%s): %v", id, err)
	}
	return s
}

// enroll enrolls the test entry id on the day on, and sets Renewed.
func enroll(tb testing.TB, id specialization.ID, on string, renewed int) renewal.Enrollment {
	tb.Helper()
	e, err := renewal.Enroll(spec(tb, id), d(on))
	if err != nil {
		tb.Fatalf("Enroll(%s, %s): %v", id, on, err)
	}
	e.Renewed = renewed
	return e
}

// d reads a date literal; "" is the zero Date.
func d(s string) date.Date {
	if s == "" {
		return date.Date{}
	}
	return date.MustParse(s)
}
