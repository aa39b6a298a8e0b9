package specialization

import (
	"github.com/partnerkit/specializations/internal/enum"
	"github.com/partnerkit/specializations/internal/langtag"
)

// Category is one of the four specialization categories, which are also the
// units of the benefit cap (RULES CAT-1, BEN-2). The zero Category means
// "unset": it is not Valid, and its text form is empty.
type Category uint8

// The categories, in catalog order.
const (
	CategoryAzure Category = iota + 1
	CategoryBusinessApplications
	CategoryModernWork
	CategorySecurity
)

// Designation is a Solutions Partner designation (RULES CAT-2). The zero
// Designation means "unset": it is not Valid, and its text form is empty.
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
// (RULES ENR-2..ENR-4, REN-4). The zero Validation means "unset": it is
// not Valid, and its text form is empty.
type Validation uint8

// The kinds of manual validation.
const (
	ValidationNone              Validation = iota + 1 // Business Applications: enrolled on qualification alone
	ValidationAudit                                   // Azure: an audit
	ValidationCustomerReference                       // Modern Work and Security: approved customer references
)

// Kind tells a specialization from an expert program (RULES REN-1). The zero
// Kind means "unset": it is not Valid, and its text form is empty.
type Kind uint8

// The kinds of catalog entry.
const (
	KindSpecialization Kind = iota + 1
	KindExpertProgram
)

// The tables behind every enum method. The Chinese names are those of the
// seed's benefit-cap and designation tables (without the cap table's
// parenthetical English); Azure stays Azure.
var (
	categoryNames = enum.Table[Category]{Type: "specialization.Category", Names: []enum.Name{
		CategoryAzure:                {English: "Azure", Slug: "azure", Chinese: "Azure"},
		CategoryBusinessApplications: {English: "Business Applications", Slug: "business-applications", Chinese: "业务应用程序"},
		CategoryModernWork:           {English: "Modern Work", Slug: "modern-work", Chinese: "现代工作"},
		CategorySecurity:             {English: "Security", Slug: "security", Chinese: "安全性"},
	}}
	designationNames = enum.Table[Designation]{Type: "specialization.Designation",
		SetType: "specialization.DesignationSet", Names: []enum.Name{
			DesignationDataAndAI:               {English: "Data & AI", Slug: "data-and-ai", Chinese: "数据与 AI"},
			DesignationDigitalAndAppInnovation: {English: "Digital & App Innovation", Slug: "digital-and-app-innovation", Chinese: "数字和应用创新"},
			DesignationInfrastructure:          {English: "Infrastructure", Slug: "infrastructure", Chinese: "基础结构"},
			DesignationBusinessApplications:    {English: "Business Applications", Slug: "business-applications", Chinese: "业务应用程序"},
			DesignationModernWork:              {English: "Modern Work", Slug: "modern-work", Chinese: "现代工作"},
			DesignationSecurity:                {English: "Security", Slug: "security", Chinese: "安全性"},
		}}
	validationNames = enum.Table[Validation]{Type: "specialization.Validation", Names: []enum.Name{
		ValidationNone:              {English: "None", Slug: "none"},
		ValidationAudit:             {English: "Audit", Slug: "audit"},
		ValidationCustomerReference: {English: "Customer reference", Slug: "customer-reference"},
	}}
	kindNames = enum.Table[Kind]{Type: "specialization.Kind", Names: []enum.Name{
		KindSpecialization: {English: "Specialization", Slug: "specialization"},
		KindExpertProgram:  {English: "Expert program", Slug: "expert-program"},
	}}
)

// EnumError reports text that names no value of an enum type, or a value
// that has no text form. It is the one such error of the library: every enum
// of specialization, renewal and portfolio returns it. Type is the
// qualified type name ("specialization.Category", "renewal.Phase"), Text the
// offending text or the number of an out-of-range value, and the message
// reads `renewal: unknown Phase "x"`. It wraps ErrUnknownValue.
type EnumError = enum.Error

// parse is Table.Parse without its blank-text case: a Parse function of
// this package names a value, so "" is an *EnumError, while UnmarshalText
// reads "" as the zero value. The error quotes s as given.
func parse[T ~uint8](t *enum.Table[T], s string) (T, error) {
	v, err := t.Parse(s)
	if err != nil || v == 0 {
		return 0, &EnumError{Type: t.Type, Text: s}
	}
	return v, nil
}

// String returns the official English name ("Modern Work"); the zero or an
// out-of-range value gives "%!Category(9)".
func (c Category) String() string { return categoryNames.String(c) }

// Valid reports whether c is one of the four categories.
func (c Category) Valid() bool { return categoryNames.Valid(c) }

// MarshalText returns the slug ("modern-work"), or empty text for the zero
// Category; an out-of-range value is an *EnumError.
func (c Category) MarshalText() ([]byte, error) { return categoryNames.MarshalText(c) }

// UnmarshalText accepts what ParseCategory accepts, and empty text as the
// zero Category. On an error c is left unchanged.
func (c *Category) UnmarshalText(b []byte) error { return categoryNames.UnmarshalText(b, c) }

// ParseCategory accepts the English name or the slug, case-insensitively,
// with surrounding spaces ignored; anything else, "" included, is an
// *EnumError wrapping ErrUnknownValue.
func ParseCategory(s string) (Category, error) { return parse(&categoryNames, s) }

// LocalName returns the category's name for a BCP 47 language tag: the
// Simplified Chinese name the seed's cap table prints ("现代工作") for a
// Simplified Chinese tag, the English name (String) otherwise.
func (c Category) LocalName(lang string) string {
	return categoryNames.Local(c, langtag.IsSimplifiedChinese(lang))
}

// String returns the official English name ("Data & AI"); the zero or an
// out-of-range value gives "%!Designation(9)".
func (d Designation) String() string { return designationNames.String(d) }

// Valid reports whether d is one of the six designations.
func (d Designation) Valid() bool { return designationNames.Valid(d) }

// MarshalText returns the slug ("data-and-ai"), or empty text for the zero
// Designation; an out-of-range value is an *EnumError.
func (d Designation) MarshalText() ([]byte, error) { return designationNames.MarshalText(d) }

// UnmarshalText accepts what ParseDesignation accepts, and empty text as
// the zero Designation. On an error d is left unchanged.
func (d *Designation) UnmarshalText(b []byte) error { return designationNames.UnmarshalText(b, d) }

// ParseDesignation accepts the English name or the slug, case-insensitively,
// with surrounding spaces ignored; anything else, "" included, is an
// *EnumError wrapping ErrUnknownValue.
func ParseDesignation(s string) (Designation, error) { return parse(&designationNames, s) }

// LocalName returns the designation's name for a BCP 47 language tag: the
// Simplified Chinese name the seed's designation table prints ("数据与 AI")
// for a Simplified Chinese tag, the English name (String) otherwise.
func (d Designation) LocalName(lang string) string {
	return designationNames.Local(d, langtag.IsSimplifiedChinese(lang))
}

// String returns the English name ("Customer reference"); the zero or an
// out-of-range value gives "%!Validation(9)".
func (v Validation) String() string { return validationNames.String(v) }

// Valid reports whether v is one of the three kinds of validation.
func (v Validation) Valid() bool { return validationNames.Valid(v) }

// MarshalText returns the slug ("customer-reference"), or empty text for
// the zero Validation; an out-of-range value is an *EnumError.
func (v Validation) MarshalText() ([]byte, error) { return validationNames.MarshalText(v) }

// UnmarshalText accepts what ParseValidation accepts, and empty text as the
// zero Validation. On an error v is left unchanged.
func (v *Validation) UnmarshalText(b []byte) error { return validationNames.UnmarshalText(b, v) }

// ParseValidation accepts the English name or the slug, case-insensitively,
// with surrounding spaces ignored; anything else, "" included, is an
// *EnumError wrapping ErrUnknownValue.
func ParseValidation(s string) (Validation, error) { return parse(&validationNames, s) }

// String returns the English name ("Expert program"); the zero or an
// out-of-range value gives "%!Kind(9)".
func (k Kind) String() string { return kindNames.String(k) }

// Valid reports whether k is one of the two kinds.
func (k Kind) Valid() bool { return kindNames.Valid(k) }

// MarshalText returns the slug ("expert-program"), or empty text for the
// zero Kind; an out-of-range value is an *EnumError.
func (k Kind) MarshalText() ([]byte, error) { return kindNames.MarshalText(k) }

// UnmarshalText accepts what ParseKind accepts, and empty text as the zero
// Kind. On an error k is left unchanged.
func (k *Kind) UnmarshalText(b []byte) error { return kindNames.UnmarshalText(b, k) }

// ParseKind accepts the English name or the slug, case-insensitively, with
// surrounding spaces ignored; anything else, "" included, is an *EnumError
// wrapping ErrUnknownValue.
func ParseKind(s string) (Kind, error) { return parse(&kindNames, s) }
