package specialization_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/partnerkit/specializations/specialization"
)

// enum is what every enum type of the package offers, so that one table
// drives the tests of all four.
type enum interface {
	fmt.Stringer
	encoding.TextMarshaler
	Valid() bool
}

// enumRow is one value of an enum with its two text forms.
type enumRow struct {
	clause     string
	typ        string // the type's name, as EnumError reports it
	value      enum
	name, slug string
	parse      func(string) (enum, error)
	start      enum                       // the value unmarshal decodes into
	unmarshal  func([]byte) (enum, error) // from start
}

func parseWith[T enum](f func(string) (T, error)) func(string) (enum, error) {
	return func(s string) (enum, error) { v, err := f(s); return v, err }
}

// unmarshalInto decodes b into a value that starts as start, so that a test
// can see that a failed decode leaves it unchanged.
func unmarshalInto[T enum, P interface {
	*T
	encoding.TextUnmarshaler
}](start T) func([]byte) (enum, error) {
	return func(b []byte) (enum, error) {
		v := start
		err := P(&v).UnmarshalText(b)
		return v, err
	}
}

func enumRows() []enumRow {
	s := specialization.CategorySecurity
	cat := func(v specialization.Category, name, slug string) enumRow {
		return enumRow{"CAT-1", "Category", v, name, slug, parseWith(specialization.ParseCategory), s, unmarshalInto(s)}
	}
	ds := specialization.DesignationSecurity
	des := func(v specialization.Designation, name, slug string) enumRow {
		return enumRow{"CAT-2", "Designation", v, name, slug, parseWith(specialization.ParseDesignation), ds, unmarshalInto(ds)}
	}
	va := specialization.ValidationAudit
	val := func(clause string, v specialization.Validation, name, slug string) enumRow {
		return enumRow{clause, "Validation", v, name, slug, parseWith(specialization.ParseValidation), va, unmarshalInto(va)}
	}
	ks := specialization.KindSpecialization
	kind := func(v specialization.Kind, name, slug string) enumRow {
		return enumRow{"REN-1", "Kind", v, name, slug, parseWith(specialization.ParseKind), ks, unmarshalInto(ks)}
	}
	return []enumRow{
		cat(specialization.CategoryAzure, "Azure", "azure"),
		cat(specialization.CategoryBusinessApplications, "Business Applications", "business-applications"),
		cat(specialization.CategoryModernWork, "Modern Work", "modern-work"),
		cat(specialization.CategorySecurity, "Security", "security"),
		des(specialization.DesignationDataAndAI, "Data & AI", "data-and-ai"),
		des(specialization.DesignationDigitalAndAppInnovation, "Digital & App Innovation", "digital-and-app-innovation"),
		des(specialization.DesignationInfrastructure, "Infrastructure", "infrastructure"),
		des(specialization.DesignationBusinessApplications, "Business Applications", "business-applications"),
		des(specialization.DesignationModernWork, "Modern Work", "modern-work"),
		des(specialization.DesignationSecurity, "Security", "security"),
		val("ENR-4", specialization.ValidationNone, "None", "none"),
		val("ENR-2", specialization.ValidationAudit, "Audit", "audit"),
		val("ENR-3", specialization.ValidationCustomerReference, "Customer reference", "customer-reference"),
		kind(specialization.KindSpecialization, "Specialization", "specialization"),
		kind(specialization.KindExpertProgram, "Expert program", "expert-program"),
	}
}

func TestEnumTextForms(t *testing.T) {
	for _, r := range enumRows() {
		t.Run(r.clause+" "+r.slug, func(t *testing.T) {
			b, err := r.value.MarshalText()
			if err != nil {
				t.Fatalf("%v.MarshalText() error: %v", r.value, err)
			}
			type forms struct {
				String, Text string
				Valid        bool
			}
			if diff := cmp.Diff(forms{r.name, r.slug, true}, forms{r.value.String(), string(b), r.value.Valid()}); diff != "" {
				t.Errorf("%T(%v) text forms (-want +got):\n%s", r.value, r.value, diff)
			}
		})
	}
}

func TestEnumParse(t *testing.T) {
	for _, r := range enumRows() {
		inputs := []string{r.name, r.slug, strings.ToUpper(r.name), strings.ToLower(r.name),
			strings.ToUpper(r.slug), mixCase(r.slug), " " + r.slug + " "}
		for _, in := range inputs {
			t.Run(fmt.Sprintf("%s %q", r.clause, in), func(t *testing.T) {
				got, err := r.parse(in)
				if err != nil || got != r.value {
					t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, r.value)
				}
				got, err = r.unmarshal([]byte(in))
				if err != nil || got != r.value {
					t.Errorf("UnmarshalText(%q) = %v, %v; want %v", in, got, err, r.value)
				}
			})
		}
	}
}

// mixCase upper-cases every other letter: "modern-work" → "MoDeRn-wOrK".
func mixCase(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i += 2 {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

func TestEnumParseErrors(t *testing.T) {
	for _, r := range enumRows() {
		for _, in := range []string{"nope", r.slug + "s", strings.ReplaceAll(r.slug, "-", " ") + "x", "1", "0"} {
			t.Run(fmt.Sprintf("%s %s %q", r.clause, r.slug, in), func(t *testing.T) {
				_, err := r.parse(in)
				checkEnumError(t, err, r.typ, in)
				got, err := r.unmarshal([]byte(in))
				checkEnumError(t, err, r.typ, in)
				if got != r.start {
					t.Errorf("UnmarshalText(%q) changed %v to %v", in, r.start, got)
				}
			})
		}
	}
}

// TestEnumZeroText checks the zero value's text form: UnmarshalText reads
// empty text as the zero value, while a Parse function names a value and
// refuses "".
func TestEnumZeroText(t *testing.T) {
	for _, r := range enumRows() {
		t.Run(r.clause+" "+r.typ+" "+r.slug, func(t *testing.T) {
			_, err := r.parse("")
			checkEnumError(t, err, r.typ, "")
			got, err := r.unmarshal(nil)
			if err != nil {
				t.Fatalf("UnmarshalText(empty) error: %v", err)
			}
			b, err := got.MarshalText()
			if err != nil || len(b) != 0 || got.Valid() {
				t.Errorf("UnmarshalText(empty) = %v (text %q, %v, Valid %v), want the zero value, text \"\"", got, b, err, got.Valid())
			}
		})
	}
}

func checkEnumError(t *testing.T, err error, typ, text string) {
	t.Helper()
	if !errors.Is(err, specialization.ErrUnknownValue) {
		t.Errorf("parsing %s %q: error = %v, want one wrapping ErrUnknownValue", typ, text, err)
	}
	var ee *specialization.EnumError
	if !errors.As(err, &ee) {
		t.Fatalf("parsing %s %q: error = %T, want *EnumError", typ, text, err)
	}
	if diff := cmp.Diff(specialization.EnumError{Type: "specialization." + typ, Text: text}, *ee); diff != "" {
		t.Errorf("parsing %s %q: EnumError (-want +got):\n%s", typ, text, diff)
	}
}

func TestEnumOutOfRange(t *testing.T) {
	tests := []struct {
		name   string
		value  enum
		typ    string
		String string
	}{
		{"CAT-1 Category 9", specialization.Category(9), "Category", "%!Category(9)"},
		{"CAT-2 Designation 7", specialization.Designation(7), "Designation", "%!Designation(7)"},
		{"REN-4 Validation 255", specialization.Validation(255), "Validation", "%!Validation(255)"},
		{"REN-1 Kind 3", specialization.Kind(3), "Kind", "%!Kind(3)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.String, tt.value.String()); diff != "" {
				t.Errorf("String() (-want +got):\n%s", diff)
			}
			if tt.value.Valid() {
				t.Errorf("%s.Valid() = true, want false", tt.String)
			}
			b, err := tt.value.MarshalText()
			if b != nil {
				t.Errorf("%s.MarshalText() = %q, want nil", tt.String, b)
			}
			checkEnumError(t, err, tt.typ, strings.TrimSuffix(strings.TrimPrefix(tt.String, "%!"+tt.typ+"("), ")"))
		})
	}
}

// TestEnumZeroValue checks that the zero value of every enum is unset: not
// Valid, printed the way fmt prints a bad value, and written as empty text
// without an error.
func TestEnumZeroValue(t *testing.T) {
	type facts struct {
		String string
		Valid  bool
		Text   string
		Err    error
	}
	tests := []struct {
		name  string
		value enum
		want  facts
	}{
		{"CAT-1 zero Category", specialization.Category(0), facts{String: "%!Category(0)"}},
		{"CAT-2 zero Designation", specialization.Designation(0), facts{String: "%!Designation(0)"}},
		{"REN-4 zero Validation", specialization.Validation(0), facts{String: "%!Validation(0)"}},
		{"REN-1 zero Kind", specialization.Kind(0), facts{String: "%!Kind(0)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.value.MarshalText()
			got := facts{tt.value.String(), tt.value.Valid(), string(b), err}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("zero value (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEnumJSON shows the enums as they appear in a caller's JSON: slugs.
func TestEnumJSON(t *testing.T) {
	type doc struct {
		Category    specialization.Category    `json:"category"`
		Designation specialization.Designation `json:"designation"`
		Validation  specialization.Validation  `json:"validation"`
		Kind        specialization.Kind        `json:"kind"`
	}
	in := doc{specialization.CategoryModernWork, specialization.DesignationDataAndAI,
		specialization.ValidationCustomerReference, specialization.KindExpertProgram}
	const want = `{"category":"modern-work","designation":"data-and-ai","validation":"customer-reference","kind":"expert-program"}`
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatalf("json.Marshal(%v) error: %v", in, err)
	}
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("CAT-1 json.Marshal (-want +got):\n%s", diff)
	}
	var back doc
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%s) error: %v", b, err)
	}
	if diff := cmp.Diff(in, back); diff != "" {
		t.Errorf("CAT-1 json round trip (-want +got):\n%s", diff)
	}
	b, err = json.Marshal(doc{})
	if err != nil {
		t.Fatalf("json.Marshal of unset enums error: %v", err)
	}
	const wantZero = `{"category":"","designation":"","validation":"","kind":""}`
	if diff := cmp.Diff(wantZero, string(b)); diff != "" {
		t.Errorf("CAT-1 json.Marshal of unset enums (-want +got):\n%s", diff)
	}
	back = in
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%s) error: %v", b, err)
	}
	if diff := cmp.Diff(doc{}, back); diff != "" {
		t.Errorf("CAT-1 json round trip of unset enums (-want +got):\n%s", diff)
	}
}

func TestEnumLocalName(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"BEN-2 Modern Work in Chinese, as the cap table prints it", specialization.CategoryModernWork.LocalName("zh-Hans"), "现代工作"},
		{"BEN-2 Business Applications in Chinese", specialization.CategoryBusinessApplications.LocalName("zh-CN"), "业务应用程序"},
		{"BEN-2 Azure stays Azure", specialization.CategoryAzure.LocalName("zh"), "Azure"},
		{"BEN-2 English otherwise", specialization.CategorySecurity.LocalName("en"), "Security"},
		{"BEN-2 Traditional Chinese falls back to English", specialization.CategorySecurity.LocalName("zh-TW"), "Security"},
		{"CAT-2 Data & AI in Chinese, as the designation table prints it", specialization.DesignationDataAndAI.LocalName("zh-Hans"), "数据与 AI"},
		{"CAT-2 Digital & App Innovation in English", specialization.DesignationDigitalAndAppInnovation.LocalName(""), "Digital & App Innovation"},
		{"out of range never panics", specialization.Category(9).LocalName("zh-Hans"), "%!Category(9)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("LocalName (-want +got):\n%s", diff)
			}
		})
	}
}
