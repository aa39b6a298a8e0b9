package renewal_test

import (
	"testing"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// The tests build their own entries with specialization.New: renewal never
// imports the catalog, and only needs an entry's ID, kind and validation.
// The table follows DESIGN.md's catalog IDs (RULES CAT-1, CAT-2).
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
	{"business-intelligence", "Business Intelligence", bizApps, specialization.KindSpecialization},
	{"finance", "Finance", bizApps, specialization.KindSpecialization},
	{"intelligent-automation", "Intelligent Automation", bizApps, specialization.KindSpecialization},
	{"low-code-application-development", "Microsoft Low Code Application Development", bizApps, specialization.KindSpecialization},
	{"sales", "Sales", bizApps, specialization.KindSpecialization},
	{"service", "Service", bizApps, specialization.KindSpecialization},
	{"small-and-midsize-business-management", "Small and Midsize Business Management", bizApps, specialization.KindSpecialization},
	{"supply-chain", "Supply Chain", bizApps, specialization.KindSpecialization},
	{"adoption-and-change-management", "Adoption and Change Management", modern, specialization.KindSpecialization},
	{"calling-for-microsoft-teams", "Calling for Microsoft Teams", modern, specialization.KindSpecialization},
	{"custom-solutions-for-microsoft-teams", "Custom Solutions for Microsoft Teams", modern, specialization.KindSpecialization},
	{"meetings-and-meeting-rooms", "Meetings and Meeting Rooms for Microsoft Teams", modern, specialization.KindSpecialization},
	{"modernize-endpoints", "Modernize Endpoints", modern, specialization.KindSpecialization},
	{"teamwork-deployment", "Teamwork Deployment", modern, specialization.KindSpecialization},
	{"cloud-security", "Cloud Security", security, specialization.KindSpecialization},
	{"identity-and-access-management", "Identity and Access Management", security, specialization.KindSpecialization},
	{"information-protection-and-governance", "Information Protection and Governance", security, specialization.KindSpecialization},
	{"threat-protection", "Threat Protection", security, specialization.KindSpecialization},
	{"azure-expert-msp", "Azure Expert MSP", azure, specialization.KindExpertProgram},
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

// spec builds the test entry with the given ID.
func spec(tb testing.TB, id specialization.ID) specialization.Specialization {
	tb.Helper()
	for _, e := range entries {
		if e.id != id {
			continue
		}
		s, err := specialization.New(specialization.Definition{
			ID: e.id, Kind: e.kind, Category: e.category, Name: e.name,
			Designations: specialization.Designations(designationOf(e.category)),
			Validation:   validationOf(e.category),
		})
		if err != nil {
			tb.Fatalf("specialization.New(%s): %v", id, err)
		}
		return s
	}
	tb.Fatalf("no test entry %q", id)
	return specialization.Specialization{}
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
