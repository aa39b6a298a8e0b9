package specialization_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
	sp "github.com/partnerkit/specializations/specialization"
	"github.com/shopspring/decimal"
)

// threatProtection returns a fresh Definition of the Threat Protection
// entry, with its published figures (REQUIREMENTS.md).
func threatProtection() sp.Definition {
	return sp.Definition{
		ID:            "threat-protection",
		Kind:          sp.KindSpecialization,
		Category:      sp.CategorySecurity,
		Name:          "Threat Protection",
		ChineseName:   "威胁防护",
		Aliases:       []string{"Threat Protection specialization", "威胁防护专业化"},
		Designations:  sp.Designations(sp.DesignationSecurity),
		Validation:    sp.ValidationCustomerReference,
		Qualification: threatProtectionFigures(),
	}
}

// windowsServerMigration returns a fresh Definition of a retired entry
// (RULES CAT-4).
func windowsServerMigration() sp.Definition {
	return sp.Definition{
		ID:           "windows-server-sql-server-migration",
		Kind:         sp.KindSpecialization,
		Category:     sp.CategoryAzure,
		Name:         "Windows Server and SQL Server Migration to Microsoft Azure",
		ChineseName:  "Windows Server 和 SQL Server 到 Microsoft Azure 的迁移",
		Designations: sp.Designations(sp.DesignationDataAndAI, sp.DesignationInfrastructure),
		Validation:   sp.ValidationAudit,
		Retired:      date.MustParse("2023-01-09"),
		ReplacedBy:   "infra-and-database-migration",
	}
}

func mustNew(t testing.TB, d sp.Definition) sp.Specialization {
	t.Helper()
	s, err := sp.New(d)
	if err != nil {
		t.Fatalf("New(%q) error: %v", d.ID, err)
	}
	return s
}

func TestIDValid(t *testing.T) {
	tests := []struct {
		name string
		id   sp.ID
		want bool
	}{
		{"CAT-1 a catalog ID", "analytics-on-microsoft-azure", true},
		{"CAT-1 one word", "finance", true},
		{"CAT-1 digits", "sap-on-microsoft-azure-2", true},
		{"CAT-1 one letter", "a", true},
		{"CAT-1 64 bytes", sp.ID(strings.Repeat("a", 64)), true},
		{"CAT-1 65 bytes", sp.ID(strings.Repeat("a", 65)), false},
		{"CAT-1 empty", "", false},
		{"CAT-1 upper case", "Finance", false},
		{"CAT-1 leading hyphen", "-finance", false},
		{"CAT-1 trailing hyphen", "finance-", false},
		{"CAT-1 double hyphen", "supply--chain", false},
		{"CAT-1 lone hyphen", "-", false},
		{"CAT-1 underscore", "supply_chain", false},
		{"CAT-1 space", "supply chain", false},
		{"CAT-1 non-ASCII", "威胁防护", false},
		{"CAT-1 accented letter", "sécurité", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.id.Valid(); got != tt.want {
				t.Errorf("ID(%q).Valid() = %v, want %v", tt.id, got, tt.want)
			}
		})
	}
}

func TestNewAccepts(t *testing.T) {
	tests := []struct {
		name string
		def  sp.Definition
	}{
		{"CAT-2 Threat Protection with its figures", threatProtection()},
		{"CAT-4 a retired entry replaced by another", windowsServerMigration()},
		{"CAT-3 no Chinese name", func() sp.Definition { d := threatProtection(); d.ChineseName = ""; return d }()},
		{"REN-1 an expert program", func() sp.Definition {
			d := windowsServerMigration()
			d.ID, d.Kind, d.Name, d.Retired, d.ReplacedBy = "azure-expert-msp", sp.KindExpertProgram, "Azure Expert MSP", date.Date{}, ""
			return d
		}()},
		{"ENR-1 no published figures", func() sp.Definition { d := threatProtection(); d.Qualification = nil; return d }()},
		{"ENR-1 a zero minimum", func() sp.Definition {
			d := threatProtection()
			d.Qualification = sp.Qualification{{{Measure: "customers", Min: decimal.Zero, Unit: sp.UnitCustomers}}}
			return d
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, tt.def)
			if diff := cmp.Diff(tt.def, s.Definition()); diff != "" {
				t.Errorf("New(%q).Definition() (-want +got):\n%s", tt.def.ID, diff)
			}
		})
	}
}

func TestNewRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(*sp.Definition)
		field  string
		qual   bool // the error also wraps ErrInvalidQualification
	}{
		{"CAT-1 empty ID", func(d *sp.Definition) { d.ID = "" }, "ID", false},
		{"CAT-1 ID that is not a slug", func(d *sp.Definition) { d.ID = "Threat Protection" }, "ID", false},
		{"REN-1 zero Kind", func(d *sp.Definition) { d.Kind = 0 }, "Kind", false},
		{"REN-1 out-of-range Kind", func(d *sp.Definition) { d.Kind = 3 }, "Kind", false},
		{"CAT-1 zero Category", func(d *sp.Definition) { d.Category = 0 }, "Category", false},
		{"CAT-1 out-of-range Category", func(d *sp.Definition) { d.Category = 5 }, "Category", false},
		{"REN-4 zero Validation", func(d *sp.Definition) { d.Validation = 0 }, "Validation", false},
		{"REN-4 out-of-range Validation", func(d *sp.Definition) { d.Validation = 4 }, "Validation", false},
		{"CAT-3 empty Name", func(d *sp.Definition) { d.Name = "" }, "Name", false},
		{"CAT-3 Name with a leading space", func(d *sp.Definition) { d.Name = " Threat Protection" }, "Name", false},
		{"CAT-3 Name with a trailing newline", func(d *sp.Definition) { d.Name = "Threat Protection\n" }, "Name", false},
		{"CAT-3 ChineseName with a trailing space", func(d *sp.Definition) { d.ChineseName = "威胁防护 " }, "ChineseName", false},
		{"CAT-3 empty alias", func(d *sp.Definition) { d.Aliases = append(d.Aliases, "") }, "Aliases", false},
		{"CAT-3 alias with surrounding space", func(d *sp.Definition) { d.Aliases[0] = " Threat Protection " }, "Aliases", false},
		{"CAT-2 no designation", func(d *sp.Definition) { d.Designations = 0 }, "Designations", false},
		{"CAT-2 only invalid designation bits", func(d *sp.Definition) { d.Designations = 0x81 }, "Designations", false},
		{"CAT-2 a valid designation and a stray bit", func(d *sp.Definition) { d.Designations |= 0x80 }, "Designations", false},
		{"CAT-4 ReplacedBy that is not a slug", func(d *sp.Definition) { d.ReplacedBy = "Infra and Database Migration" }, "ReplacedBy", false},
		{"CAT-4 ReplacedBy itself", func(d *sp.Definition) { d.ReplacedBy = d.ID }, "ReplacedBy", false},
		{"ENR-1 an empty qualification group", func(d *sp.Definition) { d.Qualification = append(d.Qualification, nil) }, "Qualification", true},
		{"ENR-1 a measure that is not a slug", func(d *sp.Definition) { d.Qualification[0][0].Measure = "MAU growth" }, "Qualification", true},
		{"ENR-1 an unknown unit", func(d *sp.Definition) { d.Qualification[0][1].Unit = "EUR" }, "Qualification", true},
		{"ENR-1 a negative minimum", func(d *sp.Definition) { d.Qualification[1][0].Min = dec("-6") }, "Qualification", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := threatProtection()
			tt.change(&d)
			checkRejected(t, d, tt.field, tt.qual)
		})
	}
}

func TestAccessors(t *testing.T) {
	type view struct {
		IsZero              bool
		ID                  sp.ID
		Kind                sp.Kind
		Category            sp.Category
		Name, Chinese, Str  string
		Aliases             []string
		Designations        sp.DesignationSet
		Validation          sp.Validation
		Retired             date.Date
		IsRetired           bool
		ReplacedBy          sp.ID
		QualificationGroups int
	}
	look := func(s sp.Specialization) view {
		r, ok := s.Retired()
		return view{s.IsZero(), s.ID(), s.Kind(), s.Category(), s.Name(), s.ChineseName(), s.String(),
			slices.Collect(s.Aliases()), s.Designations(), s.Validation(), r, ok, s.ReplacedBy(), len(s.Qualification())}
	}
	tests := []struct {
		name string
		in   sp.Specialization
		want view
	}{
		{"CAT-1 an active Security specialization", mustNew(t, threatProtection()), view{
			false, "threat-protection", sp.KindSpecialization, sp.CategorySecurity, "Threat Protection", "威胁防护", "Threat Protection",
			[]string{"Threat Protection specialization", "威胁防护专业化"}, sp.Designations(sp.DesignationSecurity),
			sp.ValidationCustomerReference, date.Date{}, false, "", 2}},
		{"CAT-4 a retired entry and its successor", mustNew(t, windowsServerMigration()), view{
			false, "windows-server-sql-server-migration", sp.KindSpecialization, sp.CategoryAzure,
			"Windows Server and SQL Server Migration to Microsoft Azure", "Windows Server 和 SQL Server 到 Microsoft Azure 的迁移",
			"Windows Server and SQL Server Migration to Microsoft Azure", nil,
			sp.Designations(sp.DesignationDataAndAI, sp.DesignationInfrastructure), sp.ValidationAudit,
			date.MustParse("2023-01-09"), true, "infra-and-database-migration", 0}},
		{"CAT-1 the zero Specialization is no entry", sp.Specialization{}, view{IsZero: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, look(tt.in)); diff != "" {
				t.Errorf("accessors (-want +got):\n%s", diff)
			}
		})
	}
	if diff := cmp.Diff(sp.Definition{}, sp.Specialization{}.Definition()); diff != "" {
		t.Errorf("CAT-1 zero Specialization's Definition() (-want +got):\n%s", diff)
	}
}

func TestAliasesStopsEarly(t *testing.T) {
	var got []string
	for a := range mustNew(t, threatProtection()).Aliases() {
		got = append(got, a)
		break
	}
	if diff := cmp.Diff([]string{"Threat Protection specialization"}, got); diff != "" {
		t.Errorf("CAT-3 Aliases() with break (-want +got):\n%s", diff)
	}
}

// TestNoSharedMemory proves that nothing a caller gives to New or receives
// from a Specialization can change it.
func TestNoSharedMemory(t *testing.T) {
	want := threatProtection()
	d := threatProtection()
	s := mustNew(t, d)

	d.Aliases[0] = "changed"
	d.Qualification[0][0].Min = dec("1")
	d.Qualification[1] = nil
	d.Qualification = append(d.Qualification, nil)
	if diff := cmp.Diff(want, s.Definition()); diff != "" {
		t.Errorf("CAT-3 changing the Definition given to New changed the entry (-want +got):\n%s", diff)
	}

	got := s.Definition()
	got.Aliases[1] = "changed"
	got.Qualification[0][1].Text = "changed"
	got.Qualification[1][0].Min = dec("0")
	if diff := cmp.Diff(want, s.Definition()); diff != "" {
		t.Errorf("CAT-3 changing Definition() changed the entry (-want +got):\n%s", diff)
	}

	q := s.Qualification()
	q[0][0].Measure = "changed"
	q[0] = q[0][:1]
	if diff := cmp.Diff(want.Qualification, s.Qualification()); diff != "" {
		t.Errorf("ENR-1 changing Qualification() changed the entry (-want +got):\n%s", diff)
	}
}

func TestLocalName(t *testing.T) {
	withChinese := mustNew(t, threatProtection())
	noChinese := func() sp.Specialization { d := threatProtection(); d.ChineseName = ""; return mustNew(t, d) }()
	tests := []struct {
		name string
		s    sp.Specialization
		lang string
		want string
	}{
		{"CAT-3 zh is Simplified Chinese", withChinese, "zh", "威胁防护"},
		{"CAT-3 zh-CN", withChinese, "zh-CN", "威胁防护"},
		{"CAT-3 zh-Hans", withChinese, "zh-Hans", "威胁防护"},
		{"CAT-3 zh_cn with an underscore and lower case", withChinese, "zh_cn", "威胁防护"},
		{"CAT-3 ZH-HANS-CN in upper case", withChinese, "ZH-HANS-CN", "威胁防护"},
		{"CAT-3 zh-SG", withChinese, "zh-SG", "威胁防护"},
		{"CAT-3 zh-Hans-HK is a Simplified script", withChinese, "zh-Hans-HK", "威胁防护"},
		{"CAT-3 zh-TW is Traditional: English", withChinese, "zh-TW", "Threat Protection"},
		{"CAT-3 zh-Hant is Traditional: English", withChinese, "zh-Hant", "Threat Protection"},
		{"CAT-3 zh-HK is Traditional: English", withChinese, "zh-HK", "Threat Protection"},
		{"CAT-3 zh_Hant_TW with underscores is Traditional: English", withChinese, "zh_Hant_TW", "Threat Protection"},
		{"CAT-3 zh-Hant-CN is Traditional: English", withChinese, "zh-Hant-CN", "Threat Protection"},
		{"CAT-3 en", withChinese, "en", "Threat Protection"},
		{"CAT-3 fr-FR", withChinese, "fr-FR", "Threat Protection"},
		{"CAT-3 zhx is not zh", withChinese, "zhx", "Threat Protection"},
		{"CAT-3 empty tag", withChinese, "", "Threat Protection"},
		{"CAT-3 an entry without a Chinese name falls back to English", noChinese, "zh-CN", "Threat Protection"},
		{"CAT-3 the zero Specialization has no name", sp.Specialization{}, "zh", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.s.LocalName(tt.lang)); diff != "" {
				t.Errorf("LocalName(%q) (-want +got):\n%s", tt.lang, diff)
			}
		})
	}
}

func TestEqual(t *testing.T) {
	base := mustNew(t, threatProtection())
	differ := func(change func(*sp.Definition)) sp.Specialization {
		d := threatProtection()
		change(&d)
		return mustNew(t, d)
	}
	tests := []struct {
		name string
		a, b sp.Specialization
		want bool
	}{
		{"CAT-1 same handle", base, base, true},
		{"CAT-1 same data, separate New calls", base, mustNew(t, threatProtection()), true},
		{"ENR-1 minimums equal by value (6 and 6.00)", base, differ(func(d *sp.Definition) { d.Qualification[1][0].Min = dec("6.00") }), true},
		{"CAT-1 two zero Specializations", sp.Specialization{}, sp.Specialization{}, true},
		{"CAT-1 zero and an entry", sp.Specialization{}, base, false},
		{"CAT-1 another ID", base, differ(func(d *sp.Definition) { d.ID = "cloud-security" }), false},
		{"REN-1 another Kind", base, differ(func(d *sp.Definition) { d.Kind = sp.KindExpertProgram }), false},
		{"CAT-1 another Category", base, differ(func(d *sp.Definition) { d.Category = sp.CategoryModernWork }), false},
		{"CAT-3 another Name", base, differ(func(d *sp.Definition) { d.Name = "Threat protection" }), false},
		{"CAT-3 another ChineseName", base, differ(func(d *sp.Definition) { d.ChineseName = "" }), false},
		{"CAT-3 aliases in another order", base, differ(func(d *sp.Definition) { slices.Reverse(d.Aliases) }), false},
		{"CAT-2 other designations", base, differ(func(d *sp.Definition) { d.Designations = lowCode }), false},
		{"REN-4 another Validation", base, differ(func(d *sp.Definition) { d.Validation = sp.ValidationAudit }), false},
		{"CAT-4 retired", base, differ(func(d *sp.Definition) { d.Retired = date.MustParse("2025-01-01") }), false},
		{"CAT-4 replaced", base, differ(func(d *sp.Definition) { d.ReplacedBy = "cloud-security" }), false},
		{"ENR-1 another minimum", base, differ(func(d *sp.Definition) { d.Qualification[1][0].Min = dec("5") }), false},
		{"ENR-1 no figures", base, differ(func(d *sp.Definition) { d.Qualification = nil }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("%q.Equal(%q) = %v, want %v", tt.a.ID(), tt.b.ID(), got, tt.want)
			}
			if got := tt.b.Equal(tt.a); got != tt.want {
				t.Errorf("%q.Equal(%q) = %v, want %v (symmetric)", tt.b.ID(), tt.a.ID(), got, tt.want)
			}
			if got := cmp.Diff(tt.a, tt.b) == ""; got != tt.want {
				t.Errorf("cmp.Diff(%q, %q) empty = %v, want %v", tt.a.ID(), tt.b.ID(), got, tt.want)
			}
		})
	}
}

func BenchmarkAccessors(b *testing.B) {
	s := mustNew(b, threatProtection())
	b.ReportAllocs()
	for b.Loop() {
		if s.ID() == "" || s.Category() != sp.CategorySecurity || !s.Designations().Has(sp.DesignationSecurity) {
			b.Fatal("wrong entry")
		}
	}
}

func BenchmarkLocalName(b *testing.B) {
	s := mustNew(b, threatProtection())
	b.ReportAllocs()
	for b.Loop() {
		if s.LocalName("zh-Hans-CN") == "" {
			b.Fatal("no name")
		}
	}
}

func BenchmarkNew(b *testing.B) {
	d := threatProtection()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sp.New(d); err != nil {
			b.Fatal(err)
		}
	}
}

// checkRejected checks that New refuses d with a *DefinitionError that
// names d's ID and the field, wraps ErrInvalidDefinition, and wraps
// ErrInvalidQualification exactly when qual is set, returning no entry.
func checkRejected(t *testing.T, d sp.Definition, field string, qual bool) {
	t.Helper()
	s, err := sp.New(d)
	if !errors.Is(err, sp.ErrInvalidDefinition) {
		t.Errorf("New() error = %v, want one wrapping ErrInvalidDefinition", err)
	}
	if got := errors.Is(err, sp.ErrInvalidQualification); got != qual {
		t.Errorf("errors.Is(%v, ErrInvalidQualification) = %v, want %v", err, got, qual)
	}
	var de *sp.DefinitionError
	if !errors.As(err, &de) {
		t.Fatalf("New() error = %T, want *DefinitionError", err)
	}
	type where struct {
		ID    sp.ID
		Field string
	}
	if diff := cmp.Diff(where{d.ID, field}, where{de.ID, de.Field}); diff != "" {
		t.Errorf("DefinitionError %q (-want +got):\n%s", de.Reason, diff)
	}
	if !s.IsZero() {
		t.Errorf("New() = %v with an error, want the zero Specialization", s)
	}
}
