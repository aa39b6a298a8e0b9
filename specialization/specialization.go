// Package specialization is the vocabulary of the Microsoft AI Cloud Partner
// Program's specializations: IDs, categories, Solutions Partner designations,
// kinds of manual validation, the immutable Specialization catalog entry, and
// qualification requirements with decimal thresholds.
//
// # Model
//
// A Specialization is built from a plain, mutable Definition by New, which
// validates it and deep-copies everything; afterwards no method can change
// it, and nothing it returns shares memory with it. It is a small handle
// (one pointer), cheap to copy; Equal compares the entry data, so go-cmp can
// compare values that hold one. The zero Specialization is no entry: its
// accessors return zero values, and IsZero reports it.
//
// Every enum (Category, Designation, Validation, Kind) starts at 1 so that
// its zero value means "unset"; String gives the official English name and
// never panics ("%!Category(9)" out of range), MarshalText gives a slug
// ("modern-work"), and ParseXxx and UnmarshalText accept either form in any
// case.
//
// # Qualification figures
//
// Qualification holds published thresholds (RULES ENR-1, REN-3): every group
// must hold, and within a group any one threshold suffices. An empty
// Qualification means "no figures published in this catalog", never
// "nothing is required": Microsoft publishes figures for few
// specializations, and the requirements of the others still exist.
//
// Thresholds are inclusive and exact: Check compares decimals, never
// floats, so a partner at USD 2,000.00 against a USD 2,000 minimum meets it,
// and one at USD 1,999.99 is short by exactly 0.01. A measure the partner
// does not report counts as zero. For Threat Protection (1,000 MAU growth
// OR USD 100,000 Sentinel revenue, AND six SC-200 holders), a partner with
// 640 MAU growth, USD 87,500.50 of revenue and four holders falls short in
// both groups: by USD 12,499.50 of revenue (12.5% short, nearer than the
// MAU growth's 36%) and by two holders.
//
// # Errors
//
// New reports a *DefinitionError naming the entry and the field; it wraps
// ErrInvalidDefinition, and ErrInvalidQualification too when the field is
// the Qualification. Parse functions and UnmarshalText report an
// *EnumError wrapping ErrUnknownValue.
//
// This package does no I/O, reads no clock and holds no mutable state.
package specialization

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/partnerkit/specializations/date"
)

var (
	// ErrInvalidDefinition reports a Definition that New rejects; the
	// *DefinitionError that wraps it names the entry and the field.
	ErrInvalidDefinition = errors.New("invalid definition")
	// ErrUnknownValue reports text that names no value of an enum type.
	ErrUnknownValue = errors.New("unknown value")
)

// DefinitionError describes why New rejected a Definition. It wraps
// ErrInvalidDefinition.
type DefinitionError struct {
	ID     ID     // the ID of the Definition, as given
	Field  string // the offending field, e.g. "Designations"
	Reason string // what is wrong with it
}

func (e *DefinitionError) Error() string {
	return fmt.Sprintf("specialization: definition %q: %s: %s", e.ID, e.Field, e.Reason)
}

// Unwrap returns ErrInvalidDefinition.
func (e *DefinitionError) Unwrap() error { return ErrInvalidDefinition }

// Is reports whether target is ErrInvalidQualification and the rejected
// field is the Qualification, so that errors.Is sees both sentinels in an
// error from New.
func (e *DefinitionError) Is(target error) bool {
	return target == ErrInvalidQualification && e.Field == "Qualification"
}

// ID is the stable identifier of a catalog entry, a slug such as
// "analytics-on-microsoft-azure". Callers store IDs; they never change.
type ID string

// Valid reports whether id is 1 to 64 bytes of lower-case ASCII letters and
// digits in words joined by single hyphens, with no leading or trailing
// hyphen.
func (id ID) Valid() bool {
	n := len(id)
	if n == 0 || n > 64 || id[0] == '-' || id[n-1] == '-' {
		return false
	}
	// One unsigned comparison per range keeps this cheap: renewal.Evaluate
	// checks an ID on every call.
	var prev byte
	for i := 0; i < n; i++ {
		c := id[i]
		if c-'a' > 'z'-'a' && c-'0' > 9 && (c != '-' || prev == '-') {
			return false
		}
		prev = c
	}
	return true
}

// Definition is the plain, mutable description from which New builds a
// Specialization. The catalog package's data is a list of Definitions.
type Definition struct {
	ID           ID
	Kind         Kind
	Category     Category
	Name         string         // official English name
	ChineseName  string         // Simplified Chinese name as the seed prints it ("" if none)
	Aliases      []string       // former names and variant spellings (RULES CAT-3, CAT-4)
	Designations DesignationSet // any one of them qualifies (RULES CAT-2)
	Validation   Validation
	Retired      date.Date // first day no longer offered; zero while active
	ReplacedBy   ID        // "" unless retired or renamed into another entry
	// Qualification holds the published thresholds; empty where none are
	// published in this catalog (which does not mean nothing is required).
	Qualification Qualification
}

// Specialization is an immutable catalog entry: a specialization or an
// expert program. It is a small handle, cheap to copy; no method lets a
// caller change it and it shares nothing mutable with the caller. The zero
// Specialization is no entry (IsZero); its accessors return zero values.
type Specialization struct {
	e *entry
}

// entry is never modified after New returns.
type entry struct {
	def Definition
}

// New validates d and returns a Specialization holding a deep copy of it.
// It rejects, with a *DefinitionError wrapping ErrInvalidDefinition: an
// invalid ID, Kind, Category or Validation; an empty or untrimmed Name; an
// empty or untrimmed alias; a designation set with no valid designation or
// with bits that are no designation; an invalid ReplacedBy or one equal to
// ID; and an invalid Qualification (see Qualification.Validate).
func New(d Definition) (Specialization, error) {
	if err := validate(d); err != nil {
		return Specialization{}, err
	}
	d.Aliases = slices.Clone(d.Aliases)
	d.Qualification = d.Qualification.clone()
	return Specialization{e: &entry{def: d}}, nil
}

func validate(d Definition) error {
	bad := func(field, reason string) error {
		return &DefinitionError{ID: d.ID, Field: field, Reason: reason}
	}
	switch {
	case !d.ID.Valid():
		return bad("ID", "not a slug of 1..64 bytes")
	case !d.Kind.Valid():
		return bad("Kind", fmt.Sprintf("invalid value %d", d.Kind))
	case !d.Category.Valid():
		return bad("Category", fmt.Sprintf("invalid value %d", d.Category))
	case !d.Validation.Valid():
		return bad("Validation", fmt.Sprintf("invalid value %d", d.Validation))
	case d.Name == "" || strings.TrimSpace(d.Name) != d.Name:
		return bad("Name", "empty or with surrounding space")
	case strings.TrimSpace(d.ChineseName) != d.ChineseName:
		return bad("ChineseName", "surrounding space")
	case d.Designations.IsEmpty() || d.Designations&^allDesignations != 0:
		return bad("Designations", "empty, or holding a bit that is no designation")
	case d.ReplacedBy != "" && (!d.ReplacedBy.Valid() || d.ReplacedBy == d.ID):
		return bad("ReplacedBy", fmt.Sprintf("%q is not another entry's ID", d.ReplacedBy))
	}
	for _, a := range d.Aliases {
		if a == "" || strings.TrimSpace(a) != a {
			return bad("Aliases", fmt.Sprintf("%q is empty or has surrounding space", a))
		}
	}
	if err := d.Qualification.validate(); err != nil {
		return bad("Qualification", err.Error())
	}
	return nil
}

// IsZero reports whether s is the zero Specialization (no entry).
func (s Specialization) IsZero() bool { return s.e == nil }

func (s Specialization) def() *Definition {
	if s.e == nil {
		return &Definition{}
	}
	return &s.e.def
}

// ID returns the entry's stable ID.
func (s Specialization) ID() ID { return s.def().ID }

// Kind tells a specialization from an expert program.
func (s Specialization) Kind() Kind { return s.def().Kind }

// Category returns the category, which is also the benefit-cap unit.
func (s Specialization) Category() Category { return s.def().Category }

// Name returns the official English name.
func (s Specialization) Name() string { return s.def().Name }

// ChineseName returns the Simplified Chinese name as the seed prints it, or
// "" if there is none.
func (s Specialization) ChineseName() string { return s.def().ChineseName }

// LocalName returns the name for a BCP 47 language tag: the Chinese name
// for Simplified Chinese ("zh", "zh-CN", "zh-Hans", "zh-SG", "zh-Hans-CN",
// any case, "_" accepted for "-") when the entry has one, the English name
// otherwise, including for Traditional Chinese ("zh-TW", "zh-Hant").
func (s Specialization) LocalName(lang string) string {
	d := s.def()
	if d.ChineseName != "" && IsSimplifiedChinese(lang) {
		return d.ChineseName
	}
	return d.Name
}

// IsSimplifiedChinese reports whether the BCP 47 tag lang asks for
// Simplified Chinese: "zh" alone, a "Hans" script, or the regions CN, SG and
// MY without a "Hant" script. Case is ignored and "_" reads as "-".
func IsSimplifiedChinese(lang string) bool {
	first, rest := nextSubtag(lang)
	if !strings.EqualFold(first, "zh") {
		return false
	}
	simplified := true
	for rest != "" {
		var p string
		p, rest = nextSubtag(rest)
		switch {
		case strings.EqualFold(p, "hans"):
			return true
		case strings.EqualFold(p, "hant"), strings.EqualFold(p, "tw"), strings.EqualFold(p, "hk"),
			strings.EqualFold(p, "mo"):
			simplified = false
		}
	}
	return simplified
}

// nextSubtag splits tag at its first "-" or "_"; it allocates nothing,
// unlike lowering and splitting the tag.
func nextSubtag(tag string) (subtag, rest string) {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		return tag[:i], tag[i+1:]
	}
	return tag, ""
}

// Aliases yields the former names and variant spellings, English and
// Chinese, in catalog order.
func (s Specialization) Aliases() iter.Seq[string] {
	aliases := s.def().Aliases
	return func(yield func(string) bool) {
		for _, a := range aliases {
			if !yield(a) {
				return
			}
		}
	}
}

// Designations returns the Solutions Partner designations any one of which
// qualifies a partner for this entry (RULES CAT-2).
func (s Specialization) Designations() DesignationSet { return s.def().Designations }

// Validation returns the manually validated requirement (RULES REN-4).
func (s Specialization) Validation() Validation { return s.def().Validation }

// Retired returns the first day the entry is no longer offered and true, or
// the zero Date and false while it is active.
func (s Specialization) Retired() (date.Date, bool) {
	r := s.def().Retired
	return r, !r.IsZero()
}

// ReplacedBy returns the ID of the entry that replaced this one, or "".
func (s Specialization) ReplacedBy() ID { return s.def().ReplacedBy }

// Definition returns a deep copy of the definition s was built from;
// changing it does not change s.
func (s Specialization) Definition() Definition {
	d := *s.def()
	d.Aliases = slices.Clone(d.Aliases)
	d.Qualification = d.Qualification.clone()
	return d
}

// Qualification returns a deep copy of the published qualification
// thresholds; it is empty where this catalog has no published figures,
// which does not mean nothing is required.
func (s Specialization) Qualification() Qualification { return s.def().Qualification.clone() }

// Equal reports whether s and o hold the same entry data. Two zero
// Specializations are equal.
func (s Specialization) Equal(o Specialization) bool {
	if s.e == o.e {
		return true
	}
	a, b := s.def(), o.def()
	return a.ID == b.ID && a.Kind == b.Kind && a.Category == b.Category && a.Name == b.Name &&
		a.ChineseName == b.ChineseName && slices.Equal(a.Aliases, b.Aliases) &&
		a.Designations == b.Designations && a.Validation == b.Validation &&
		a.Retired == b.Retired && a.ReplacedBy == b.ReplacedBy &&
		a.Qualification.Equal(b.Qualification)
}

// String returns the English name, or "" for the zero Specialization.
func (s Specialization) String() string { return s.def().Name }
