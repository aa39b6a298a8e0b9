package specialization_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
	"github.com/shopspring/decimal"
)

// A partner's shortfall report for Threat Protection, whose published
// figures are 1,000 MAU growth OR USD 100,000 Sentinel revenue, AND six
// people certified in SC-200.
func ExampleQualification_Check() {
	q := specialization.Qualification{
		{
			{Measure: "mdi-mdca-mau-growth-12m", Min: decimal.NewFromInt(1000), Unit: specialization.UnitMAU,
				Text: "MAU growth of Defender for Identity or Cloud Apps, trailing 12 months"},
			{Measure: "sentinel-acr-usd-12m", Min: decimal.NewFromInt(100000), Unit: specialization.UnitUSD,
				Text: "Microsoft Sentinel consumed revenue, trailing 12 months"},
		},
		{
			{Measure: "certified:SC-200", Min: decimal.NewFromInt(6), Unit: specialization.UnitIndividuals,
				Text: "individuals certified in SC-200"},
		},
	}
	have := map[specialization.Measure]decimal.Decimal{
		"mdi-mdca-mau-growth-12m": decimal.NewFromInt(640),
		"sentinel-acr-usd-12m":    decimal.RequireFromString("87500.50"),
		"certified:SC-200":        decimal.NewFromInt(4),
	}

	report := q.Check(have)
	fmt.Println("met:", report.Met)
	for _, s := range report.Shortfalls {
		places := int32(0)
		if s.Threshold.Unit == specialization.UnitUSD {
			places = 2
		}
		fmt.Printf("%s: have %s of %s %s, short by %s\n", s.Threshold.Text,
			s.Have.StringFixed(places), s.Threshold.Min.StringFixed(places), s.Threshold.Unit, s.Short.StringFixed(places))
	}

	// Sentinel revenue is 12.5% short and MAU growth 36%: the report names
	// the nearer alternative. With two more certified people and 1,000 MAU:
	have["certified:SC-200"] = decimal.NewFromInt(6)
	have["mdi-mdca-mau-growth-12m"] = decimal.NewFromInt(1000)
	fmt.Println("met:", q.Check(have).Met)
	// Output:
	// met: false
	// Microsoft Sentinel consumed revenue, trailing 12 months: have 87500.50 of 100000.00 USD, short by 12499.50
	// individuals certified in SC-200: have 4 of 6 individuals, short by 2
	// met: true
}

// A figure keyed by a misspelt measure is not counted, and not lost either:
// Check lists it as unknown, and the real measure counts as zero.
func ExampleQualification_Check_unknown() {
	q := specialization.Qualification{{
		{Measure: specialization.MeasureCertifiedSC200, Min: decimal.NewFromInt(6), Unit: specialization.UnitIndividuals,
			Text: "six individuals with SC-200"},
	}}
	report := q.Check(map[specialization.Measure]decimal.Decimal{
		"certified:sc-200": decimal.NewFromInt(6), // lower-case exam code
	})
	fmt.Println("met:", report.Met)
	fmt.Println("unknown:", report.Unknown)
	for _, s := range report.Shortfalls {
		fmt.Printf("%s: have %s, short by %s\n", s.Threshold.Measure, s.Have, s.Short)
	}
	// Output:
	// met: false
	// unknown: [certified:sc-200]
	// certified:SC-200: have 0, short by 6
}

func ExampleNew() {
	s, err := specialization.New(specialization.Definition{
		ID:           "windows-server-sql-server-migration",
		Kind:         specialization.KindSpecialization,
		Category:     specialization.CategoryAzure,
		Name:         "Windows Server and SQL Server Migration to Microsoft Azure",
		ChineseName:  "Windows Server 和 SQL Server 到 Microsoft Azure 的迁移",
		Designations: specialization.Designations(specialization.DesignationDataAndAI, specialization.DesignationInfrastructure),
		Validation:   specialization.ValidationAudit,
		Retired:      date.MustParse("2023-01-09"),
		ReplacedBy:   "infra-and-database-migration",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	retired, ok := s.Retired()
	fmt.Println(s.ID(), s.Category(), s.Validation())
	fmt.Println(s.Designations())
	fmt.Println(retired, ok, s.ReplacedBy())

	// New rejects a definition it cannot vouch for.
	_, err = specialization.New(specialization.Definition{ID: "Threat Protection"})
	fmt.Println(err)
	// Output:
	// windows-server-sql-server-migration Azure Audit
	// Data & AI or Infrastructure
	// 2023-01-09 true infra-and-database-migration
	// specialization: entry "Threat Protection": ID: not a slug of 1..64 bytes: invalid definition
}

func ExampleSpecialization_LocalName() {
	s, err := specialization.New(specialization.Definition{
		ID:           "threat-protection",
		Kind:         specialization.KindSpecialization,
		Category:     specialization.CategorySecurity,
		Name:         "Threat Protection",
		ChineseName:  "威胁防护",
		Designations: specialization.Designations(specialization.DesignationSecurity),
		Validation:   specialization.ValidationCustomerReference,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, lang := range []string{"zh", "zh-CN", "zh-Hans", "zh-TW", "en", ""} {
		fmt.Printf("%q: %s\n", lang, s.LocalName(lang))
	}
	// Output:
	// "zh": 威胁防护
	// "zh-CN": 威胁防护
	// "zh-Hans": 威胁防护
	// "zh-TW": Threat Protection
	// "en": Threat Protection
	// "": Threat Protection
}

// Information Protection and Governance as the EDN table records it: renamed
// "Data Security" in English only (which clears the Chinese name, EDN-2),
// then validated by an audit instead of customer references, with
// anniversaries moved six months later (EDN-4, EDN-5). Each day is answered
// with the terms in force on it.
func ExampleSpecialization_On() {
	s, err := specialization.New(specialization.Definition{
		ID:           "information-protection-and-governance",
		Kind:         specialization.KindSpecialization,
		Category:     specialization.CategorySecurity,
		Name:         "Information Protection and Governance",
		ChineseName:  "信息保护和治理",
		Designations: specialization.Designations(specialization.DesignationSecurity),
		Validation:   specialization.ValidationCustomerReference,
		Changes: []specialization.Change{
			{On: date.MustParse("2025-08-26"), Name: "Data Security", Reported: true,
				Source: "reports quoting Microsoft's Specialization blog, 2025-08-26"},
			{On: date.MustParse("2026-07-30"), Validation: specialization.ValidationAudit, ShiftMonths: 6, Reported: true,
				Source: "reports quoting Microsoft Learn announcements, August 2026"},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range []string{"2025-08-25", "2025-08-26", "2026-07-29", "2026-07-30"} {
		v := s.On(date.MustParse(d))
		fmt.Printf("%s: %s (%s), %s\n", d, v.Name(), v.LocalName("zh-CN"), v.Validation())
	}
	fmt.Println("latest:", s.Name(), "since", s.Since())
	for a := range s.Aliases() {
		fmt.Println("also known as:", a)
	}
	// An enrollment of 2025-09-15 has its 2026-09-15 anniversary moved:
	fmt.Println("months moved:", s.ShiftMonths(date.MustParse("2025-09-15"), date.MustParse("2026-09-15")))
	// Output:
	// 2025-08-25: Information Protection and Governance (信息保护和治理), Customer reference
	// 2025-08-26: Data Security (Data Security), Customer reference
	// 2026-07-29: Data Security (Data Security), Customer reference
	// 2026-07-30: Data Security (Data Security), Audit
	// latest: Data Security since 2026-07-30
	// also known as: Information Protection and Governance
	// also known as: 信息保护和治理
	// months moved: 6
}

func ExampleParseDesignation() {
	d, err := specialization.ParseDesignation("data & ai")
	if err != nil {
		fmt.Println(err)
		return
	}
	text, err := d.MarshalText()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d, string(text))

	_, err = specialization.ParseDesignation("Azure")
	fmt.Println(err, errors.Is(err, specialization.ErrUnknownValue))
	// Output:
	// Data & AI data-and-ai
	// specialization: unknown Designation "Azure" true
}

func ExampleDesignationSet_Intersects() {
	hybridCloud := specialization.Designations(specialization.DesignationDataAndAI,
		specialization.DesignationDigitalAndAppInnovation, specialization.DesignationInfrastructure)
	held := specialization.Designations(specialization.DesignationInfrastructure, specialization.DesignationSecurity)
	fmt.Println(held.Intersects(hybridCloud)) // any one aligned designation suffices (CAT-2)
	for d := range hybridCloud.All() {
		fmt.Println(d, held.Has(d))
	}
	// Output:
	// true
	// Data & AI false
	// Digital & App Innovation false
	// Infrastructure true
}

// A set of designations as text and as JSON: slugs in ascending order, the
// empty set as "" and [].
func ExampleDesignationSet_MarshalJSON() {
	held := specialization.Designations(specialization.DesignationSecurity, specialization.DesignationDataAndAI)
	b, err := json.Marshal(map[string]specialization.DesignationSet{"held": held, "none": 0})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	text, err := held.MarshalText()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s (%s)\n", text, held)
	// Output:
	// {"held":["data-and-ai","security"],"none":[]}
	// data-and-ai,security (Data & AI or Security)
}

// A document that holds an entry stores its ID: an entry cannot be decoded
// from JSON, because it is catalog data, not input. Resolve the ID through
// a catalog (catalog.Default().Get) instead.
func ExampleSpecialization_UnmarshalJSON() {
	var doc struct {
		Item specialization.Specialization `json:"item"`
	}
	err := json.Unmarshal([]byte(`{"item": {"id": "kubernetes", "name": "Kubernetes on Microsoft Azure"}}`), &doc)
	fmt.Println(err)
	fmt.Println(errors.Is(err, specialization.ErrNotDecodable), doc.Item.IsZero())
	// Output:
	// specialization: entry "kubernetes": not decodable: resolve its ID through a catalog
	// true true
}
