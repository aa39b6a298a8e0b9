package catalog_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

func ids(seq func(func(specialization.Specialization) bool)) []specialization.ID {
	var out []specialization.ID
	for s := range seq {
		out = append(out, s.ID())
	}
	return out
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, in string
		want     specialization.ID // "" for not found
	}{
		{"CAT-3 English name", "Analytics on Microsoft Azure", "analytics-on-microsoft-azure"},
		{"CAT-3 ID", "analytics-on-microsoft-azure", "analytics-on-microsoft-azure"},
		{"CAT-3 Chinese name", "Microsoft Azure 上的分析", "analytics-on-microsoft-azure"},
		{"CAT-3 case ignored", "ANALYTICS ON microsoft AZURE", "analytics-on-microsoft-azure"},
		{"CAT-3 spacing ignored", "  Analytics   on Microsoft\tAzure\n", "analytics-on-microsoft-azure"},
		{"CAT-3 spaces removed", "AnalyticsOnMicrosoftAzure", "analytics-on-microsoft-azure"},
		{"CAT-3 Chinese without spaces", "Microsoft Azure上的分析", "analytics-on-microsoft-azure"},
		{"CAT-3 word Microsoft dropped", "Analytics on Azure", "analytics-on-microsoft-azure"},
		{"CAT-3 word Microsoft dropped in Chinese", "Azure 上的分析", "analytics-on-microsoft-azure"},
		{"CAT-3 Microsoft added", "Microsoft Calling for Microsoft Teams", "calling-for-microsoft-teams"},
		{"CAT-3 punctuation ignored", "Infra-and-Database Migration, to Microsoft Azure!", "infra-and-database-migration"},
		{"CAT-3 & reads as and", "Adoption & Change Management", "adoption-and-change-management"},
		{"CAT-3 & without spaces", "Identity&Access Management", "identity-and-access-management"},
		{"CAT-3 fullwidth ＆ reads as and", "Identity ＆ Access Management", "identity-and-access-management"},
		{"CAT-3 Chinese parentheses ignored", "通过 Microsoft Azure 加快开发人员工作效率（以前称为 Microsoft Azure 上的 GitHub DevOps）", "accelerate-developer-productivity"},
		{"CAT-3 seed's odd word order", "将企业应用程序迁移到 Azure", "migrate-enterprise-applications"},
		{"CAT-3 Unicode case folding (Kelvin sign)", "\u212Aubernetes on Azure", "kubernetes"},
		{"CAT-3 long input with a short key", "Sales" + strings.Repeat(" ", 10000), "sales"},
		{"CAT-4 retired entry still found", "Windows Server and SQL Server Migration to Microsoft Azure", "windows-server-sql-server-migration"},
		{"CAT-4 expert program found", "azure expert msp", "azure-expert-msp"},
		{"EDN-2 latest name", "Data Security", "information-protection-and-governance"},
		{"EDN-2 former English name", "Build AI Apps on Microsoft Azure", "build-and-modernize-ai-apps"},
		{"EDN-2 former Chinese name", "Microsoft Azure 上的 AI 和机器学习", "ai-and-machine-learning"},
		{"EDN-2 name before the seed", "Modernize Web Applications to Microsoft Azure", "migrate-enterprise-applications"},
		{"EDN-2 variant the EDN table prints", "Modernization of Web Applications to Microsoft Azure", "migrate-enterprise-applications"},
		{"EDN-3 entry introduced after the seed", "App Modernization on Azure", "app-modernization"},
		{"EDN-2 Microsoft 365 keeps its number", "Microsoft 365 Copilot", "microsoft-copilot"},
		{"EDN-2 Copilot without 365 is the first name", "Copilot", "microsoft-copilot"},
		{"CAT-3 no match with a word missing", "365", ""},
		{"CAT-3 no prefix match", "Analytics", ""},
		{"CAT-3 no prefix match in Chinese", "Microsoft Azure 上的", ""},
		{"CAT-3 no match on a longer name", "Analytics on Microsoft Azure Plus", ""},
		{"CAT-3 no substring match", "Security", ""},
		{"CAT-3 empty", "", ""},
		{"CAT-3 only Microsoft", "Microsoft", ""},
		{"CAT-3 only punctuation", " -–—()（）， ", ""},
		{"CAT-3 unknown", "Quantum Computing on Microsoft Azure", ""},
		{"CAT-3 category is no entry", "Modern Work", ""},
		{"CAT-3 very long input", strings.Repeat("Analytics", 1000), ""},
		{"CAT-3 key over 256 bytes", strings.Repeat("x", 257), ""},
		{"CAT-3 invalid UTF-8 alone", "\xff\xfe", ""},
	}
	c := catalog.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := c.Lookup(tt.in)
			if ok != (tt.want != "") || s.ID() != tt.want {
				t.Errorf("Lookup(%.60q) = %q, %v; want %q, %v", tt.in, s.ID(), ok, tt.want, tt.want != "")
			}
			if !ok && !s.IsZero() {
				t.Errorf("Lookup(%.60q) returned a non-zero entry with false", tt.in)
			}
		})
	}
}

func TestGet(t *testing.T) {
	c := catalog.Default()
	if s, ok := c.Get("threat-protection"); !ok || s.Name() != "Threat Protection" {
		t.Errorf(`Get("threat-protection") = %q, %v; want "Threat Protection", true`, s.Name(), ok)
	}
	name := func(s specialization.Specialization) string { return s.Name() }
	validation := func(s specialization.Specialization) string { return s.Validation().String() }
	for _, tt := range []struct {
		name string
		id   specialization.ID
		term func(specialization.Specialization) string
		want string
	}{
		{"EDN-2 Get gives the latest name", "build-and-modernize-ai-apps", name, "AI Apps on Microsoft Azure"},
		{"EDN-2 Get gives the latest name of a retired entry", "migrate-enterprise-applications", name,
			"Migrate Enterprise Applications to Microsoft Azure"},
		{"EDN-2 Get gives the latest validation", "threat-protection", validation, "Audit"},
	} {
		s, _ := c.Get(tt.id)
		if got := tt.term(s); got != tt.want {
			t.Errorf("%s: Get(%q) gives %q, want %q", tt.name, tt.id, got, tt.want)
		}
		if last := s.On(date.MustParse("9999-12-31")); !last.Equal(s) {
			t.Errorf("%s: Get(%q) is not the latest view", tt.name, tt.id)
		}
	}
	for _, id := range []specialization.ID{"", "Threat-Protection", "threat protection", "nope"} {
		if s, ok := c.Get(id); ok || !s.IsZero() {
			t.Errorf("Get(%q) = %q, %v; want zero, false (IDs match exactly)", id, s.ID(), ok)
		}
	}
}

func TestInCategory(t *testing.T) {
	c := catalog.Default()
	want := []specialization.ID{"cloud-security", "identity-and-access-management",
		"information-protection-and-governance", "threat-protection"}
	if diff := cmp.Diff(want, ids(c.InCategory(security))); diff != "" {
		t.Errorf("CAT-1 InCategory(Security) (-want +got):\n%s", diff)
	}
	if got := len(ids(c.InCategory(azure))); got != 18 {
		t.Errorf("CAT-1 CAT-4 EDN-3 InCategory(Azure) has %d entries, want 13 + expert program + 3 retired + 1 new = 18", got)
	}
	for _, cat := range []specialization.Category{0, 9} {
		if got := ids(c.InCategory(cat)); got != nil {
			t.Errorf("InCategory(%v) = %q, want nothing", cat, got)
		}
	}
}

func TestAvailable(t *testing.T) {
	tests := []struct {
		name string
		held specialization.DesignationSet
		on   string
		want []specialization.ID
	}{
		{"EDN-3 2023-01-09 retirees offered the day before, their successor not yet", ds(dataAI), "2023-01-08",
			[]specialization.ID{"ai-and-machine-learning", "analytics-on-microsoft-azure", "data-warehouse-migration",
				"accelerate-developer-productivity", "hybrid-cloud-infrastructure", "kubernetes",
				"migrate-enterprise-applications", "azure-expert-msp", "hybrid-operations-azure-arc",
				"windows-server-sql-server-migration", "linux-open-source-database-migration"}},
		{"EDN-3 2023-01-09 retirees gone on their retirement day, successor introduced", ds(dataAI), "2023-01-09",
			[]specialization.ID{"ai-and-machine-learning", "analytics-on-microsoft-azure", "data-warehouse-migration",
				"accelerate-developer-productivity", "hybrid-cloud-infrastructure", "infra-and-database-migration",
				"kubernetes", "migrate-enterprise-applications", "azure-expert-msp", "hybrid-operations-azure-arc"}},
		{"EDN-3 2023-07-11 introductions not offered the day before", ds(dataAI), "2023-07-10",
			[]specialization.ID{"ai-and-machine-learning", "analytics-on-microsoft-azure", "data-warehouse-migration",
				"accelerate-developer-productivity", "hybrid-cloud-infrastructure", "infra-and-database-migration",
				"kubernetes", "migrate-enterprise-applications", "azure-expert-msp", "hybrid-operations-azure-arc"}},
		{"EDN-3 2023-07-11 introductions offered on their day", ds(dataAI), "2023-07-11",
			[]specialization.ID{"ai-and-machine-learning", "analytics-on-microsoft-azure", "build-and-modernize-ai-apps",
				"data-warehouse-migration", "accelerate-developer-productivity", "hybrid-cloud-infrastructure",
				"infra-and-database-migration", "kubernetes", "migrate-enterprise-applications", "azure-expert-msp",
				"hybrid-operations-azure-arc", "business-intelligence"}},
		{"EDN-3 Arc gone on 2023-10-09", ds(dataAI), "2023-10-09",
			[]specialization.ID{"ai-and-machine-learning", "analytics-on-microsoft-azure", "build-and-modernize-ai-apps",
				"data-warehouse-migration", "accelerate-developer-productivity", "hybrid-cloud-infrastructure",
				"infra-and-database-migration", "kubernetes", "migrate-enterprise-applications", "azure-expert-msp",
				"business-intelligence"}},
		{"EDN-3 the day before the 2026-07-31 consolidation", ds(dataAI), "2026-07-30",
			[]specialization.ID{"ai-and-machine-learning", "analytics-on-microsoft-azure", "build-and-modernize-ai-apps",
				"data-warehouse-migration", "accelerate-developer-productivity", "hybrid-cloud-infrastructure",
				"infra-and-database-migration", "kubernetes", "migrate-enterprise-applications", "azure-expert-msp",
				"business-intelligence"}},
		{"EDN-3 the 2026-07-31 consolidation: four retire, App Modernization introduced", ds(dataAI), "2026-07-31",
			[]specialization.ID{"ai-and-machine-learning", "analytics-on-microsoft-azure", "build-and-modernize-ai-apps",
				"accelerate-developer-productivity", "hybrid-cloud-infrastructure", "infra-and-database-migration",
				"azure-expert-msp", "app-modernization"}},
		{"EDN-3 Business Applications the day before 2026-07-31", ds(bizApp), "2026-07-30",
			[]specialization.ID{"business-intelligence", "finance", "intelligent-automation",
				"low-code-application-development", "sales", "service", "small-and-midsize-business-management",
				"supply-chain", "microsoft-copilot"}},
		{"EDN-3 Business Applications on 2026-07-31: Agentic Business Solutions replaces three", ds(bizApp), "2026-07-31",
			[]specialization.ID{"finance", "sales", "service", "small-and-midsize-business-management",
				"supply-chain", "agentic-business-solutions", "microsoft-copilot"}},
		{"EDN-3 Azure Expert MSP offered the day before it closes", ds(infra), "2026-09-15",
			[]specialization.ID{"hybrid-cloud-infrastructure", "infra-and-database-migration", "azure-virtual-desktop",
				"azure-vmware-solution", "networking-services", "sap-on-microsoft-azure", "azure-expert-msp"}},
		{"EDN-3 Azure Expert MSP closed to new enrollments from 2026-09-16", ds(infra), "2026-09-16",
			[]specialization.ID{"hybrid-cloud-infrastructure", "infra-and-database-migration", "azure-virtual-desktop",
				"azure-vmware-solution", "networking-services", "sap-on-microsoft-azure"}},
		{"EDN-3 Adoption and Change Management the day before it retires", ds(mw), "2026-06-24",
			[]specialization.ID{"intelligent-automation", "low-code-application-development",
				"adoption-and-change-management", "calling-for-microsoft-teams", "custom-solutions-for-microsoft-teams",
				"meetings-and-meeting-rooms", "modernize-endpoints", "teamwork-deployment", "microsoft-copilot"}},
		{"EDN-3 Adoption and Change Management gone on 2026-06-25", ds(mw), "2026-06-25",
			[]specialization.ID{"intelligent-automation", "low-code-application-development",
				"calling-for-microsoft-teams", "custom-solutions-for-microsoft-teams",
				"meetings-and-meeting-rooms", "modernize-endpoints", "teamwork-deployment", "microsoft-copilot"}},
		{"CAT-2 Security designation the day before Copilot", ds(sec), "2025-06-30",
			[]specialization.ID{"cloud-security", "identity-and-access-management",
				"information-protection-and-governance", "threat-protection"}},
		{"EDN-3 Security designation aligns Microsoft Copilot from 2025-07-01", ds(sec), "2025-07-01",
			[]specialization.ID{"microsoft-copilot", "cloud-security", "identity-and-access-management",
				"information-protection-and-governance", "threat-protection"}},
		{"CAT-2 any one held designation suffices", ds(sec, bizApp), "2025-06-30",
			[]specialization.ID{"business-intelligence", "finance", "intelligent-automation",
				"low-code-application-development", "sales", "service",
				"small-and-midsize-business-management", "supply-chain", "cloud-security",
				"identity-and-access-management", "information-protection-and-governance", "threat-protection"}},
		{"CAT-2 no designation held: nothing", 0, "2025-06-30", nil},
		{"CAT-2 bits that are no designation: nothing", specialization.DesignationSet(1 << 7), "2025-06-30", nil},
	}
	c := catalog.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			on := date.MustParse(tt.on)
			got := ids(c.Available(tt.held, on))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Available(%v, %s) (-want +got):\n%s", tt.held, tt.on, diff)
			}
			for v := range c.Available(tt.held, on) {
				if s, _ := c.Get(v.ID()); !v.Equal(s.On(on)) {
					t.Errorf("Available(%v, %s) yields %s with the terms since %v, want those of %s",
						tt.held, tt.on, v.ID(), v.Since(), tt.on)
				}
			}
		})
	}
	if got := ids(c.Available(ds(dataAI, appInno, infra, bizApp, mw, sec), date.Date{})); got != nil {
		t.Errorf("Available(all, zero Date) = %q, want nothing (no date given)", got)
	}
}

// TestAvailableByTheTermsOfTheDay proves that alignment uses the
// designations in force on the day asked (RULES EDN-2, CAT-2), and that the
// views yielded carry that day's names.
func TestAvailableByTheTermsOfTheDay(t *testing.T) {
	d := validDef("moving", "Moving")
	d.Changes = []specialization.Change{{On: date.MustParse("2026-01-01"), Name: "Moved",
		Designations: ds(mw), Source: "test"}}
	c, err := catalog.New(d)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		held specialization.DesignationSet
		on   string
		want []string
	}{
		{"EDN-2 aligned by the old designations the day before", ds(sec), "2025-12-31", []string{"Moving"}},
		{"EDN-2 not aligned by the old designations on the change", ds(sec), "2026-01-01", nil},
		{"EDN-2 aligned by the new designations on the change", ds(mw), "2026-01-01", []string{"Moved"}},
		{"EDN-2 not aligned by the new designations the day before", ds(mw), "2025-12-31", nil},
	}
	for _, tt := range tests {
		var got []string
		for s := range c.Available(tt.held, date.MustParse(tt.on)) {
			got = append(got, s.Name())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Available(%v, %s) names (-want +got):\n%s", tt.name, tt.held, tt.on, diff)
		}
	}
}

func TestIteratorsStopEarly(t *testing.T) {
	c := catalog.Default()
	n := 0
	for range c.All() {
		n++
		break
	}
	for range c.Available(ds(dataAI), date.MustParse("2025-01-01")) {
		n++
		break
	}
	if n != 2 {
		t.Errorf("breaking out of All and Available: %d iterations, want 2", n)
	}
}

func TestZeroCatalog(t *testing.T) {
	var c catalog.Catalog
	_, gok := c.Get("sales")
	_, lok := c.Lookup("sales")
	n := len(ids(c.All())) + len(ids(c.InCategory(azure))) +
		len(ids(c.Available(ds(bizApp), date.MustParse("2025-01-01"))))
	if c.Len() != 0 || gok || lok || n != 0 || c.Suggest("sales", 3) != nil {
		t.Errorf("zero Catalog: Len %d, Get %v, Lookup %v, %d yielded; want empty", c.Len(), gok, lok, n)
	}
	if empty, err := catalog.New(); err != nil || empty != c {
		t.Errorf("New() = %v, %v; want the zero Catalog", empty, err)
	}
}

// TestValue proves that Catalog is a value no caller can change for
// another: assigning to a copy leaves Default as it was.
func TestValue(t *testing.T) {
	first, second := catalog.Default(), catalog.Default()
	if first != second {
		t.Fatal("Default() != Default(): want the same catalog on every call")
	}
	mine := catalog.Default()
	if mine.Len() != 38 {
		t.Fatalf("Default().Len() = %d, want 38", mine.Len())
	}
	p := &mine
	*p = catalog.Catalog{}
	if mine.Len() != 0 || catalog.Default().Len() != 38 {
		t.Errorf("after emptying a copy: copy has %d, Default() has %d; want 0 and 38", mine.Len(), catalog.Default().Len())
	}
	built, err := catalog.New(defaults()...)
	if err != nil || built == catalog.Default() {
		t.Errorf("New(Default's definitions) == Default() (%v): two builds must compare unequal", err)
	}
}

func validDef(id specialization.ID, name string) specialization.Definition {
	return specialization.Definition{
		ID: id, Kind: kSpec, Category: security, Name: name, Validation: refs, Designations: ds(sec),
	}
}

// defaults returns the definitions of the built-in catalog, in its order.
func defaults() []specialization.Definition {
	var defs []specialization.Definition
	for s := range catalog.Default().All() {
		defs = append(defs, s.Definition())
	}
	return defs
}

// TestNewRebuildsDefault proves the built-in data round-trips through
// Definition and New into an equal catalog.
func TestNewRebuildsDefault(t *testing.T) {
	c, err := catalog.New(defaults()...)
	if err != nil {
		t.Fatalf("New(Default's definitions): %v", err)
	}
	want := slices.Collect(catalog.Default().All())
	if diff := cmp.Diff(want, slices.Collect(c.All())); diff != "" {
		t.Errorf("rebuilt catalog differs (-want +got):\n%s", diff)
	}
}

func TestNewAccepts(t *testing.T) {
	own := validDef("cloud-security", "Cloud Security")
	own.Aliases = []string{"CLOUD SECURITY", "Microsoft Cloud Security", "cloud-security"}
	c, err := catalog.New(own, validDef("threat-protection", "Threat Protection"))
	if err != nil {
		t.Fatalf("CAT-3 New with an entry whose aliases share its own key: %v", err)
	}
	if s, ok := c.Lookup("cloud security"); !ok || s.ID() != "cloud-security" {
		t.Errorf(`Lookup("cloud security") = %q, %v`, s.ID(), ok)
	}
	if empty, err := catalog.New(); err != nil || empty.Len() != 0 {
		t.Errorf("New() = %v entries, %v; want an empty catalog", empty.Len(), err)
	}
	b := validDef("finance", "Finance")
	b.Category = bizApps
	c, _ = catalog.New(validDef("threat-protection", "Threat Protection"), b)
	if diff := cmp.Diff([]specialization.ID{"finance", "threat-protection"}, ids(c.All())); diff != "" {
		t.Errorf("CAT-1 New orders by category (-want +got):\n%s", diff)
	}
}

// renamed gives d a change to name on day.
func renamed(d specialization.Definition, day, name string) specialization.Definition {
	d.Changes = append(d.Changes, specialization.Change{On: date.MustParse(day), Name: name, Source: "test"})
	return d
}

func TestNewRejects(t *testing.T) {
	replaced := validDef("old", "Old")
	replaced.ReplacedBy = "missing"
	negative := validDef("neg", "Negative")
	negative.Qualification = specialization.Qualification{{{
		Measure: "customers", Min: decimal.NewFromInt(-1), Unit: specialization.UnitCustomers,
	}}}
	alias := func(d specialization.Definition, a ...string) specialization.Definition {
		d.Aliases = a
		return d
	}
	tests := []struct {
		name string
		defs []specialization.Definition
		want error
		id   specialization.ID // the entry the *EntryError names
	}{
		{"CAT-1 duplicate ID", []specialization.Definition{validDef("a", "A"), validDef("a", "Another")},
			catalog.ErrDuplicateID, "a"},
		{"CAT-3 same name on two entries", []specialization.Definition{validDef("a", "Same"), validDef("b", "Same")},
			catalog.ErrAmbiguousName, "b"},
		{"CAT-3 alias equal to another entry's name after normalization",
			[]specialization.Definition{validDef("a", "Cloud Security"), alias(validDef("b", "B"), "cloud-SECURITY (Microsoft)")},
			catalog.ErrAmbiguousName, "b"},
		{"CAT-3 name equal to another entry's ID",
			[]specialization.Definition{validDef("sales", "Sales"), validDef("b", "SALES")},
			catalog.ErrAmbiguousName, "b"},
		{"CAT-3 & and and collide", []specialization.Definition{validDef("a", "A & B"), validDef("b", "A and B")},
			catalog.ErrAmbiguousName, "b"},
		{"CAT-3 alias that reduces to nothing", []specialization.Definition{alias(validDef("a", "A"), "Microsoft")},
			catalog.ErrUnusableName, "a"},
		{"CAT-3 alias too long to look up", []specialization.Definition{alias(validDef("a", "A"), strings.Repeat("z", 257))},
			catalog.ErrUnusableName, "a"},
		{"CAT-4 ReplacedBy not in the catalog", []specialization.Definition{replaced},
			catalog.ErrUnknownReplacement, "old"},
		{"CAT-1 invalid definition", []specialization.Definition{validDef("a", "")},
			specialization.ErrInvalidDefinition, "a"},
		{"ENR-1 negative threshold", []specialization.Definition{negative},
			specialization.ErrInvalidDefinition, "neg"},
		{"CAT-3 new entry reusing a seed form of the built-in data", append(defaults(),
			validDef("cloud-security-plus", "Cloud Security Plus"), alias(validDef("x", "X"), "云安全性")),
			catalog.ErrAmbiguousName, "x"},
		{"CAT-1 built-in entry given twice", append(defaults(), defaults()[3]),
			catalog.ErrDuplicateID, "data-warehouse-migration"},
		{"EDN-2 new entry taking a former name of the built-in data", append(defaults(),
			validDef("x", "Build AI Apps on Microsoft Azure")), catalog.ErrAmbiguousName, "x"},
		{"EDN-2 a change's name equal to another entry's name", []specialization.Definition{
			validDef("a", "Alpha"), renamed(validDef("b", "Beta"), "2026-01-01", "ALPHA")},
			catalog.ErrAmbiguousName, "b"},
		{"EDN-2 a name equal to another entry's former name", []specialization.Definition{
			renamed(validDef("a", "Alpha"), "2026-01-01", "Gamma"), validDef("b", "alpha")},
			catalog.ErrAmbiguousName, "b"},
		{"EDN-1 a change without a source", []specialization.Definition{
			func() specialization.Definition {
				d := renamed(validDef("a", "Alpha"), "2026-01-01", "Gamma")
				d.Changes[0].Source = ""
				return d
			}()}, specialization.ErrInvalidDefinition, "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := catalog.New(tt.defs...)
			if !errors.Is(err, tt.want) {
				t.Fatalf("New(...) error = %v, want errors.Is %v", err, tt.want)
			}
			if c != (catalog.Catalog{}) {
				t.Errorf("New(...) returned a non-zero catalog with error %v", err)
			}
			var ee *catalog.EntryError
			if !errors.As(err, &ee) || ee.ID != tt.id {
				t.Errorf("New(...) error %v: want an *EntryError naming %q", err, tt.id)
			}
			if !strings.HasPrefix(err.Error(), "catalog: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
	_, err := catalog.New(validDef("a", ""))
	var de *specialization.DefinitionError
	if !errors.As(err, &de) || de.Field != "Name" {
		t.Errorf("New(empty name) error %v: want a *specialization.DefinitionError for Name", err)
	}
}

// TestNewErrorMessages pins the words of New's errors: "catalog: " once,
// the entry and the name at fault, and the sentinel's words last, once.
func TestNewErrorMessages(t *testing.T) {
	replaced := validDef("old", "Old")
	replaced.ReplacedBy = "missing"
	negative := validDef("neg", "Negative")
	negative.Qualification = specialization.Qualification{{{
		Measure: "customers", Min: decimal.NewFromInt(-1), Unit: specialization.UnitCustomers,
	}}}
	unusable := validDef("a", "A")
	unusable.Aliases = []string{"Microsoft"}
	tests := []struct {
		name string
		defs []specialization.Definition
		want string
	}{
		{"CAT-1 duplicate ID", []specialization.Definition{validDef("a", "A"), validDef("a", "Another")},
			`catalog: entry "a": duplicate id`},
		{"CAT-3 name equal to another entry's ID", []specialization.Definition{validDef("sales", "Sales"), validDef("b", "SALES")},
			`catalog: entry "b": "SALES" also finds entry "sales": ambiguous name`},
		{"CAT-3 alias that reduces to nothing", []specialization.Definition{unusable},
			`catalog: entry "a": "Microsoft": unusable name`},
		{"CAT-4 ReplacedBy not in the catalog", []specialization.Definition{replaced},
			`catalog: entry "old": ReplacedBy "missing": replacement not in catalog`},
		{"CAT-1 an empty name", []specialization.Definition{validDef("a", "")},
			`catalog: entry "a": Name: empty or with surrounding space: invalid definition`},
		{"ENR-1 negative threshold", []specialization.Definition{negative},
			`catalog: entry "neg": Qualification: group 1 threshold 1: measure "customers": negative minimum -1: invalid definition`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := catalog.New(tt.defs...)
			if err == nil {
				t.Fatalf("New(...) = nil error, want %q", tt.want)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("New(...) error (-want +got):\n%s", diff)
			}
		})
	}
}

// TestImmutable proves that nothing a caller receives, and nothing it
// changes afterwards in what it gave New, changes a catalog.
func TestImmutable(t *testing.T) {
	c := catalog.Default()
	for _, id := range []specialization.ID{"threat-protection", "accelerate-developer-productivity"} {
		s, _ := c.Get(id)
		before := s.Definition()
		d := s.Definition()
		d.Name = "changed"
		d.Aliases = append(d.Aliases[:0:0], "changed")
		if len(s.Definition().Aliases) > 0 {
			s.Definition().Aliases[0] = "changed"
		}
		if q := s.Definition().Qualification; len(q) > 0 {
			q[0][0].Min = decimal.NewFromInt(-1)
			q[0] = nil
		}
		if q := s.Qualification(); len(q) > 0 {
			q[0][0].Text = "changed"
			q[0][0].Min = decimal.Zero
		}
		again, _ := c.Get(id)
		if diff := cmp.Diff(before, again.Definition()); diff != "" {
			t.Errorf("Get(%q) changed after its copies were mutated (-before +after):\n%s", id, diff)
		}
	}

	defs := []specialization.Definition{validDef("cloud-security", "Cloud Security")}
	defs[0].Aliases = []string{"云安全"}
	own, _ := catalog.New(defs...)
	defs[0].Aliases[0] = "changed"
	defs[0].Name = "changed"
	s, ok := own.Lookup("云安全")
	if !ok || s.Name() != "Cloud Security" || !slices.Equal(slices.Collect(s.Aliases()), []string{"云安全"}) {
		t.Errorf("catalog changed with the Definition given to New: %q, %v", s.Name(), ok)
	}
	if catalog.Default() != c {
		t.Errorf("Default() returned a new catalog; want the same one on every call")
	}
}

// TestNoAllocation checks every name form of every entry, and misses:
// Lookup and Get never allocate (the fuzz target leaves this to here).
func TestNoAllocation(t *testing.T) {
	c := catalog.Default()
	inputs := []string{"nothing at all", "", "Microsoft", strings.Repeat("x", 1000), strings.Repeat("云", 100)}
	for s := range c.All() {
		inputs = append(inputs, string(s.ID()), s.Name(), s.ChineseName())
		inputs = append(inputs, slices.Collect(s.Aliases())...)
		if n := testing.AllocsPerRun(10, func() { c.Get(s.ID()) }); n != 0 {
			t.Errorf("Get(%q) allocates %v times, want 0", s.ID(), n)
		}
	}
	for _, name := range inputs {
		if n := testing.AllocsPerRun(10, func() { c.Lookup(name) }); n != 0 {
			t.Errorf("CAT-3 Lookup(%.30q) allocates %v times, want 0", name, n)
		}
	}
}
