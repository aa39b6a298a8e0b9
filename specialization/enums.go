package specialization

import (
	"fmt"
	"strings"

	"github.com/partnerkit/specializations/internal/enum"

	"github.com/partnerkit/specializations/internal/langtag"
)

// Category is one of the four specialization categories, which are also the
// units of the benefit cap (RULES CAT-1, BEN-2). The zero Category is
// invalid.
type Category uint8

// The categories, in catalog order.
const (
	CategoryAzure Category = iota + 1
	CategoryBusinessApplications
	CategoryModernWork
	CategorySecurity
)

// Designation is a Solutions Partner designation (RULES CAT-2). The zero
// Designation is invalid.
type Designation uint8

// The six Solutions Partner designations.
const (
	DesignationDataAndAI Designation = iota + 1
	DesignationDigitalAndAppInnovation
	DesignationInfrastructure
	DesignationBusinessApplications
	DesignationModernWork
	DesignationSecurity
)

// Validation is the manually validated requirement of a specialization
// (RULES ENR-2..ENR-4, REN-4). The zero Validation is invalid.
type Validation uint8

// The kinds of manual validation.
const (
	ValidationNone              Validation = iota + 1 // Business Applications: enrolled on qualification alone
	ValidationAudit                                   // Azure: an audit
	ValidationCustomerReference                       // Modern Work and Security: approved customer references
)

// Kind tells a specialization from an expert program (RULES REN-1). The zero
// Kind is invalid.
type Kind uint8

// The kinds of catalog entry.
const (
	KindSpecialization Kind = iota + 1
	KindExpertProgram
)

// enumName is the English name and the slug of one enum value, and the
// Simplified Chinese name where the seed prints one.
type enumName struct{ name, slug, chinese string }

// The Chinese names are those of the seed's benefit-cap and designation
// tables (without the cap table's parenthetical English); Azure stays Azure.
var categoryNames = [...]enumName{
	CategoryAzure:                {"Azure", "azure", "Azure"},
	CategoryBusinessApplications: {"Business Applications", "business-applications", "业务应用程序"},
	CategoryModernWork:           {"Modern Work", "modern-work", "现代工作"},
	CategorySecurity:             {"Security", "security", "安全性"},
}

var designationNames = [...]enumName{
	DesignationDataAndAI:               {"Data & AI", "data-and-ai", "数据与 AI"},
	DesignationDigitalAndAppInnovation: {"Digital & App Innovation", "digital-and-app-innovation", "数字和应用创新"},
	DesignationInfrastructure:          {"Infrastructure", "infrastructure", "基础结构"},
	DesignationBusinessApplications:    {"Business Applications", "business-applications", "业务应用程序"},
	DesignationModernWork:              {"Modern Work", "modern-work", "现代工作"},
	DesignationSecurity:                {"Security", "security", "安全性"},
}

var validationNames = [...]enumName{
	ValidationNone:              {"None", "none", ""},
	ValidationAudit:             {"Audit", "audit", ""},
	ValidationCustomerReference: {"Customer reference", "customer-reference", ""},
}

var kindNames = [...]enumName{
	KindSpecialization: {"Specialization", "specialization", ""},
	KindExpertProgram:  {"Expert program", "expert-program", ""},
}

// lookupName returns the entry for v, or false when v is zero or out of range.
func lookupName(names []enumName, v uint8) (enumName, bool) {
	if v == 0 || int(v) >= len(names) {
		return enumName{}, false
	}
	return names[v], true
}

func enumString(names []enumName, typ string, v uint8) string {
	if n, ok := lookupName(names, v); ok {
		return n.name
	}
	return fmt.Sprintf("%%!%s(%d)", typ, v)
}

func enumMarshal(names []enumName, typ string, v uint8) ([]byte, error) {
	if n, ok := lookupName(names, v); ok {
		return []byte(n.slug), nil
	}
	return nil, &EnumError{Type: "specialization." + typ, Text: fmt.Sprint(v)}
}

// enumParse accepts the English name or the slug of a value, ignoring case
// and surrounding spaces.
func enumParse(names []enumName, typ, s string) (uint8, error) {
	t := strings.TrimSpace(s)
	for i := 1; i < len(names); i++ {
		if strings.EqualFold(t, names[i].name) || strings.EqualFold(t, names[i].slug) {
			return uint8(i), nil
		}
	}
	return 0, &EnumError{Type: "specialization." + typ, Text: s}
}

// EnumError reports text that names no value of an enum type, or a value
// that has no text form. It is the one such error of the library: every enum
// of specialization, renewal and portfolio returns it. Type is the
// qualified type name ("specialization.Category", "renewal.Phase"), Text the
// offending text or the number of an out-of-range value, and the message
// reads `renewal: unknown Phase "x"`. It wraps ErrUnknownValue.
type EnumError = enum.Error

// String returns the official English name ("Modern Work"); an out-of-range
// value gives "%!Category(9)".
func (c Category) String() string { return enumString(categoryNames[:], "Category", uint8(c)) }

// Valid reports whether c is one of the four categories.
func (c Category) Valid() bool { _, ok := lookupName(categoryNames[:], uint8(c)); return ok }

// MarshalText returns the slug ("modern-work"); an invalid value is an error.
func (c Category) MarshalText() ([]byte, error) {
	return enumMarshal(categoryNames[:], "Category", uint8(c))
}

// UnmarshalText accepts what ParseCategory accepts.
func (c *Category) UnmarshalText(b []byte) error {
	v, err := ParseCategory(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// ParseCategory accepts the English name or the slug, case-insensitively.
func ParseCategory(s string) (Category, error) {
	v, err := enumParse(categoryNames[:], "Category", s)
	return Category(v), err
}

// String returns the official English name ("Data & AI"); an out-of-range
// value gives "%!Designation(9)".
func (d Designation) String() string {
	return enumString(designationNames[:], "Designation", uint8(d))
}

// Valid reports whether d is one of the six designations.
func (d Designation) Valid() bool { _, ok := lookupName(designationNames[:], uint8(d)); return ok }

// MarshalText returns the slug ("data-and-ai"); an invalid value is an error.
func (d Designation) MarshalText() ([]byte, error) {
	return enumMarshal(designationNames[:], "Designation", uint8(d))
}

// UnmarshalText accepts what ParseDesignation accepts.
func (d *Designation) UnmarshalText(b []byte) error {
	v, err := ParseDesignation(string(b))
	if err == nil {
		*d = v
	}
	return err
}

// ParseDesignation accepts the English name or the slug, case-insensitively.
func ParseDesignation(s string) (Designation, error) {
	v, err := enumParse(designationNames[:], "Designation", s)
	return Designation(v), err
}

// String returns the English name ("Customer reference"); an out-of-range
// value gives "%!Validation(9)".
func (v Validation) String() string { return enumString(validationNames[:], "Validation", uint8(v)) }

// Valid reports whether v is one of the three kinds of validation.
func (v Validation) Valid() bool { _, ok := lookupName(validationNames[:], uint8(v)); return ok }

// MarshalText returns the slug ("customer-reference"); an invalid value is
// an error.
func (v Validation) MarshalText() ([]byte, error) {
	return enumMarshal(validationNames[:], "Validation", uint8(v))
}

// UnmarshalText accepts what ParseValidation accepts.
func (v *Validation) UnmarshalText(b []byte) error {
	p, err := ParseValidation(string(b))
	if err == nil {
		*v = p
	}
	return err
}

// ParseValidation accepts the English name or the slug, case-insensitively.
func ParseValidation(s string) (Validation, error) {
	v, err := enumParse(validationNames[:], "Validation", s)
	return Validation(v), err
}

// String returns the English name ("Expert program"); an out-of-range value
// gives "%!Kind(9)".
func (k Kind) String() string { return enumString(kindNames[:], "Kind", uint8(k)) }

// Valid reports whether k is one of the two kinds.
func (k Kind) Valid() bool { _, ok := lookupName(kindNames[:], uint8(k)); return ok }

// MarshalText returns the slug ("expert-program"); an invalid value is an
// error.
func (k Kind) MarshalText() ([]byte, error) { return enumMarshal(kindNames[:], "Kind", uint8(k)) }

// UnmarshalText accepts what ParseKind accepts.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// ParseKind accepts the English name or the slug, case-insensitively.
func ParseKind(s string) (Kind, error) {
	v, err := enumParse(kindNames[:], "Kind", s)
	return Kind(v), err
}

// localName returns the Simplified Chinese name of v for a Simplified
// Chinese tag, when it has one, and its String otherwise.
func localName(names []enumName, typ string, v uint8, lang string) string {
	if n, ok := lookupName(names, v); ok && n.chinese != "" && langtag.IsSimplifiedChinese(lang) {
		return n.chinese
	}
	return enumString(names, typ, v)
}

// LocalName returns the category's name for a BCP 47 language tag: the
// Simplified Chinese name the seed's cap table prints ("现代工作") for a
// Simplified Chinese tag, the English name otherwise.
func (c Category) LocalName(lang string) string {
	return localName(categoryNames[:], "Category", uint8(c), lang)
}

// LocalName returns the designation's name for a BCP 47 language tag: the
// Simplified Chinese name the seed's designation table prints ("数据与 AI")
// for a Simplified Chinese tag, the English name otherwise.
func (d Designation) LocalName(lang string) string {
	return localName(designationNames[:], "Designation", uint8(d), lang)
}
