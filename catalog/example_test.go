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
		"Data Security",                         // the latest name
		"Analytics",                             // no prefix matching
	} {
		if s, ok := c.Lookup(name); ok {
			fmt.Printf("%s: %s\n", name, s.ID())
		} else {
			fmt.Printf("%s: not found\n", name)
		}
	}
	s, ok := c.Lookup("Adoption & Change Management")
	if !ok {
		fmt.Println("not found")
		return
	}
	fmt.Println(s.LocalName("zh-CN"))
	// Output:
	// Analytics on Microsoft Azure: analytics-on-microsoft-azure
	// analytics on azure: analytics-on-microsoft-azure
	// Microsoft Azure 上的分析: analytics-on-microsoft-azure
	// Microsoft Windows 虚拟桌面: azure-virtual-desktop
	// DevOps with GitHub on Microsoft Azure: accelerate-developer-productivity
	// Data Security: information-protection-and-governance
	// Analytics: not found
	// 采用和变更管理
}

func ExampleCatalog_Available() {
	c := catalog.Default()
	held := specialization.Designations(specialization.DesignationInfrastructure)
	for s := range c.Available(held, date.MustParse("2024-03-01")) {
		fmt.Printf("%s (%v)\n", s.Name(), s.Kind())
	}

	// Each day's offer, by that day's terms: on 2026-07-31 two Azure
	// entries retire into App Modernization, and Analytics is renamed.
	held = specialization.Designations(specialization.DesignationDigitalAndAppInnovation)
	for _, on := range []string{"2026-07-30", "2026-07-31"} {
		var azure []string
		for s := range c.Available(held, date.MustParse(on)) {
			if s.Category() == specialization.CategoryAzure && s.Kind() == specialization.KindSpecialization {
				azure = append(azure, s.Name())
			}
		}
		fmt.Printf("%s: %q\n", on, azure)
	}
	// Output:
	// Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI (Specialization)
	// Infra and Database Migration to Microsoft Azure (Specialization)
	// Microsoft Azure Virtual Desktop (Specialization)
	// Microsoft Azure VMware Solution (Specialization)
	// Networking Services in Microsoft Azure (Specialization)
	// SAP on Microsoft Azure (Specialization)
	// Azure Expert MSP (Expert program)
	// 2026-07-30: ["AI Platform on Microsoft Azure" "AI Apps on Microsoft Azure" "Agentic DevOps with Microsoft Azure and GitHub" "Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI" "Kubernetes on Microsoft Azure" "Migrate Enterprise Applications to Microsoft Azure"]
	// 2026-07-31: ["AI Platform on Microsoft Azure" "AI Apps on Microsoft Azure" "Agentic DevOps with Microsoft Azure and GitHub" "Hybrid Cloud Infrastructure with Microsoft Azure Stack HCI" "App Modernization on Microsoft Azure"]
}

// The terms of an entry depend on the day asked (RULES EDN-2, EDN-4,
// EDN-5): Information Protection and Governance was renamed Data Security
// in 2025 (reported, with no Chinese name yet), and from 2026-07-30 needs an
// audit, with anniversaries six months later.
func ExampleCatalog_Get_editions() {
	s, ok := catalog.Default().Get("information-protection-and-governance")
	if !ok {
		fmt.Println("not found")
		return
	}
	for _, on := range []string{"2025-01-01", "2026-06-01", "2027-01-01"} {
		v := s.On(date.MustParse(on))
		fmt.Printf("%s: %s / %s, %v\n", on, v.Name(), v.LocalName("zh-Hans"), v.Validation())
	}
	enrolled, anniversary := date.MustParse("2024-03-15"), date.MustParse("2027-03-15")
	fmt.Printf("anniversary %v of an enrollment of %v moves %d months\n",
		anniversary, enrolled, s.ShiftMonths(enrolled, anniversary))
	for c := range s.Changes() {
		fmt.Printf("%v reported=%v: %s\n", c.On, c.Reported, c.Source)
	}
	// Output:
	// 2025-01-01: Information Protection and Governance / 信息保护和治理, Customer reference
	// 2026-06-01: Data Security / Data Security, Customer reference
	// 2027-01-01: Data Security / Data Security, Audit
	// anniversary 2027-03-15 of an enrollment of 2024-03-15 moves 6 months
	// 2025-08-26 reported=true: reports quoting Microsoft's Specialization blog, 2025-08-26
	// 2026-07-30 reported=true: reports quoting Microsoft Learn announcements, August 2026
}

// A retired entry is still found by every name it had, with its
// retirement day and its replacement (RULES EDN-3).
func ExampleCatalog_Lookup_retired() {
	c := catalog.Default()
	s, ok := c.Lookup("Microsoft Azure 上的 Kubernetes")
	if !ok {
		fmt.Println("not found")
		return
	}
	retired, ok := s.Retired()
	if !ok {
		fmt.Println(s.Name(), "is not retired")
		return
	}
	next, ok := c.Get(s.ReplacedBy())
	if !ok {
		fmt.Println(s.Name(), "has no replacement in the catalog")
		return
	}
	fmt.Printf("%s retired %v, replaced by %s\n", s.Name(), retired, next.Name())
	for _, on := range []string{"2026-07-30", "2026-07-31"} {
		d := date.MustParse(on)
		fmt.Printf("%s: %s offered %v, %s offered %v\n", on, s.ID(), s.Offered(d), next.ID(), next.Offered(d))
	}
	// Output:
	// Kubernetes on Microsoft Azure retired 2026-07-31, replaced by App Modernization on Microsoft Azure
	// 2026-07-30: kubernetes offered true, app-modernization offered false
	// 2026-07-31: kubernetes offered false, app-modernization offered true
}

// Suggest offers the closest entries for a name Lookup does not find.
func ExampleCatalog_Suggest() {
	c := catalog.Default()
	for _, name := range []string{"Analitics on Azure", "Teams", "Microsoft Azure 上的分折", "Quantum Computing"} {
		if _, ok := c.Lookup(name); ok {
			continue
		}
		var names []string
		for _, s := range c.Suggest(name, 3) {
			names = append(names, s.Name())
		}
		fmt.Printf("%s: did you mean %q?\n", name, names)
	}
	// Output:
	// Analitics on Azure: did you mean ["Analytics on Azure" "AI Apps on Microsoft Azure"]?
	// Teams: did you mean ["Calling for Microsoft Teams" "Meetings and Meeting Rooms for Microsoft Teams" "Custom Solutions for Microsoft Teams"]?
	// Microsoft Azure 上的分折: did you mean ["Analytics on Azure" "SAP on Microsoft Azure"]?
	// Quantum Computing: did you mean []?
}

// Default is one value for the whole program: a caller can change only its
// own copy.
func ExampleDefault() {
	c := catalog.Default()
	fmt.Println(c.Len())
	c = catalog.Catalog{} // empties this copy only
	again := catalog.Default()
	fmt.Println(c.Len(), again.Len(), again == catalog.Default())
	// Output:
	// 38
	// 0 38 true
}

// A partner's shortfall report against the published Threat Protection
// figures (RULES ENR-1): the first group is met by either MAU growth or
// Sentinel revenue, and the nearer of the two is reported.
func Example_shortfallReport() {
	s, ok := catalog.Default().Lookup("威胁防护")
	if !ok {
		fmt.Println("not found")
		return
	}
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
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Len())

	_, err = catalog.New(def("cloud-security", "Cloud Security"), def("other", "Other", "cloud security"))
	fmt.Println(errors.Is(err, catalog.ErrAmbiguousName))
	fmt.Println(err)
	// Output:
	// 2
	// true
	// catalog: entry "other": "cloud security" also finds entry "cloud-security": ambiguous name
}
