package catalog_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

func ExampleCatalog_Lookup() {
	c := catalog.Default()
	for _, name := range []string{
		"Analytics on Microsoft Azure",
		"analytics on azure",                    // case and the word Microsoft ignored
		"Microsoft Azure 上的分析",                  // Chinese name
		"Microsoft Windows 虚拟桌面",                // a form the seed's table prints
		"DevOps with GitHub on Microsoft Azure", // a former name
		"Analytics",                             // no prefix matching
	} {
		if s, ok := c.Lookup(name); ok {
			fmt.Printf("%s: %s\n", name, s.ID())
		} else {
			fmt.Printf("%s: not found\n", name)
		}
	}
	s, _ := c.Lookup("Adoption & Change Management")
	fmt.Println(s.LocalName("zh-CN"))
	// Output:
	// Analytics on Microsoft Azure: analytics-on-microsoft-azure
	// analytics on azure: analytics-on-microsoft-azure
	// Microsoft Azure 上的分析: analytics-on-microsoft-azure
	// Microsoft Windows 虚拟桌面: azure-virtual-desktop
	// DevOps with GitHub on Microsoft Azure: accelerate-developer-productivity
	// Analytics: not found
	// 采用和变更管理
}

func ExampleCatalog_Available() {
	c := catalog.Default()
	held := specialization.Designations(specialization.DesignationInfrastructure)
	for s := range c.Available(held, date.MustParse("2024-03-01")) {
		fmt.Printf("%s (%v)\n", s.Name(), s.Kind())
	}

	// Retired is the first day an entry is no longer offered.
	for _, on := range []string{"2023-01-08", "2023-01-09"} {
		n := 0
		for s := range c.Available(held, date.MustParse(on)) {
			if _, retired := s.Retired(); retired {
				n++
			}
		}
		fmt.Printf("%s: %d entries since retired still offered\n", on, n)
	}
	// Output:
	// Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI (Specialization)
	// Infra and Database Migration to Microsoft Azure (Specialization)
	// Microsoft Azure Virtual Desktop (Specialization)
	// Microsoft Azure VMware Solution (Specialization)
	// Networking Services in Microsoft Azure (Specialization)
	// SAP on Microsoft Azure (Specialization)
	// Azure Expert MSP (Expert program)
	// 2023-01-08: 3 entries since retired still offered
	// 2023-01-09: 1 entries since retired still offered
}

// A partner's shortfall report against the published Threat Protection
// figures (RULES ENR-1): the first group is met by either MAU growth or
// Sentinel revenue, and the nearer of the two is reported.
func Example_shortfallReport() {
	s, _ := catalog.Default().Lookup("威胁防护")
	have := map[specialization.Measure]decimal.Decimal{
		"mdi-mdca-mau-growth-12m": decimal.NewFromInt(640),
		"sentinel-acr-usd-12m":    decimal.RequireFromString("99999.99"),
		"certified:SC-200":        decimal.NewFromInt(5),
	}
	r := s.Qualification().Check(have)
	fmt.Printf("%s: met %v\n", s.Name(), r.Met)
	for _, f := range r.Shortfalls {
		places := int32(0)
		if f.Threshold.Unit == specialization.UnitUSD {
			places = 2
		}
		fmt.Printf("- %s: have %s, short by %s %s\n",
			f.Threshold.Text, f.Have.StringFixed(places), f.Short.StringFixed(places), f.Threshold.Unit)
	}
	// Output:
	// Threat Protection: met false
	// - USD 100,000 Microsoft Sentinel consumed revenue in a trailing 12 months: have 99999.99, short by 0.01 USD
	// - six individuals with SC-200: have 5, short by 1 individuals
}

// New builds a catalog of one's own; names that two entries would share are
// rejected.
func ExampleNew() {
	security := specialization.Designations(specialization.DesignationSecurity)
	def := func(id specialization.ID, name string, aliases ...string) specialization.Definition {
		return specialization.Definition{
			ID: id, Name: name, Aliases: aliases, Kind: specialization.KindSpecialization,
			Category: specialization.CategorySecurity, Designations: security,
			Validation: specialization.ValidationCustomerReference,
		}
	}
	c, err := catalog.New(def("cloud-security", "Cloud Security"), def("threat-protection", "Threat Protection"))
	fmt.Println(c.Len(), err)

	_, err = catalog.New(def("cloud-security", "Cloud Security"), def("other", "Other", "cloud security"))
	fmt.Println(errors.Is(err, catalog.ErrAmbiguousName))
	fmt.Println(err)
	// Output:
	// 2 <nil>
	// true
	// catalog: entry "other": name "cloud security": ambiguous name with entry "cloud-security"
}
