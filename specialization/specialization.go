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
// its zero value means "unset" (Valid reports false); String gives the
// official English name and never panics ("%!Category(9)" out of range),
// MarshalText gives a slug ("modern-work"), and ParseXxx and UnmarshalText
// accept either form in any case. The zero value and empty text stand for
// each other (a zero Category is written as "" and read back from it);
// ParseXxx, which names a value, refuses "". A DesignationSet is written as
// slugs in ascending order: comma-separated as text, an array in JSON, ""
// and [] when empty.
//
// # JSON
//
// Every exported struct of this package is written with its Go field names
// in lowerCamelCase ("chineseName", "shiftMonths"), every key always
// present, dates as "YYYY-MM-DD" ("" for none) and decimals as strings.
// Definition, Change, Threshold and QualificationReport read back what they
// write. A Specialization is written in the shape its MarshalJSON
// documents but is never read: it is catalog data, so a document stores its
// ID and resolves it through a catalog, and UnmarshalJSON refuses with
// ErrNotDecodable rather than give an empty entry in silence.
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
// Measures match exactly, case included; the Measure constants
// (MeasureCertifiedSC200, ...) spell the published ones. A figure reported
// under a measure no threshold names is not dropped in silence: Check lists
// it in QualificationReport.Unknown, so "certified:sc-200" in lower case
// shows up there while the real "certified:SC-200" counts as zero.
//
// # Errors
//
// New reports a *DefinitionError naming the entry and the field; it wraps
// ErrInvalidDefinition, and ErrInvalidQualification too when the field is
// a Qualification (the base terms' or a Change's). Parse functions and
// UnmarshalText report an *EnumError wrapping ErrUnknownValue. CheckOffered
// reports a *NotOfferedError wrapping ErrNotOffered. Every message starts
// with "specialization: ", adds the values and ends with its sentinel's
// words, said once: `specialization: entry "kubernetes": Designations:
// empty, or holding a bit that is no designation: invalid definition`.
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
	"github.com/partnerkit/specializations/internal/enum"
	"github.com/partnerkit/specializations/internal/langtag"
)

var (
	// ErrInvalidDefinition reports a Definition that New rejects; the
	// *DefinitionError that wraps it names the entry and the field.
	ErrInvalidDefinition = errors.New("invalid definition")
	// ErrUnknownValue reports text that names no value of an enum type of
	// this library (in specialization, renewal or portfolio), or a value
	// that has no text form. Every *EnumError wraps it.
	ErrUnknownValue = enum.ErrUnknownValue
)

// DefinitionError describes why New rejected a Definition. It wraps
// ErrInvalidDefinition.
type DefinitionError struct {
	ID     ID     // the ID of the Definition, as given
	Field  string // the offending field, e.g. "Designations"
	Reason string // what is wrong with it, without the sentinel's words
}

// Error reads `specialization: entry "kubernetes": Designations: empty, or
// holding a bit that is no designation: invalid definition`.
func (e *DefinitionError) Error() string {
	return fmt.Sprintf("specialization: entry %q: %s: %s: %v", e.ID, e.Field, e.Reason, ErrInvalidDefinition)
}

// Unwrap returns ErrInvalidDefinition.
func (e *DefinitionError) Unwrap() error { return ErrInvalidDefinition }

// Is reports whether target is ErrInvalidQualification and the rejected
// field is a Qualification (the base terms' or a Change's), so that
// errors.Is sees both sentinels in an error from New.
func (e *DefinitionError) Is(target error) bool {
	// A change's figures ("Changes[2].Qualification") are a Qualification too.
	return target == ErrInvalidQualification &&
		(e.Field == "Qualification" || strings.HasSuffix(e.Field, ".Qualification"))
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
//
// The fields up to Validation, with Qualification, are the base terms: the
// terms before the first Change (RULES EDN-1). The dates say when the entry
// can be earned and held (EDN-3); Changes say how its terms moved over time.
type Definition struct {
	ID           ID             `json:"id"`
	Kind         Kind           `json:"kind"`
	Category     Category       `json:"category"`
	Name         string         `json:"name"`         // official English name
	ChineseName  string         `json:"chineseName"`  // Simplified Chinese name as the seed prints it ("" if none)
	Aliases      []string       `json:"aliases"`      // former names and variant spellings (RULES CAT-3, CAT-4)
	Designations DesignationSet `json:"designations"` // any one of them qualifies (RULES CAT-2)
	Validation   Validation     `json:"validation"`
	Retired      date.Date      `json:"retired"`     // first day no longer held: enrollments and holdings end (EDN-3); zero while active
	ReplacedBy   ID             `json:"replacedBy"`  // "" unless retired or renamed into another entry
	Introduced   date.Date      `json:"introduced"`  // first day offered; zero: before the catalog's records (EDN-3)
	Closes       date.Date      `json:"closes"`      // first day no new enrollment is taken; zero: same as Retired (EDN-3)
	CarriesOver  bool           `json:"carriesOver"` // on retirement, holders continue in ReplacedBy, anniversary kept (EDN-6)
	Source       string         `json:"source"`      // where the base terms are published; says so when Introduced is inferred (EDN-8)
	// Changes are the dated revisions of the terms, strictly ascending by
	// On, each on or after Introduced (EDN-1).
	Changes []Change `json:"changes"`
	// Qualification holds the published thresholds; empty where none are
	// published in this catalog (which does not mean nothing is required).
	Qualification Qualification `json:"qualification"`
}

// Specialization is an immutable catalog entry, a specialization or an
// expert program, seen with the terms in force on one day (RULES EDN-2): a
// view. New, catalog.Get and catalog.Lookup give the latest terms; On gives
// another day's. Name, ChineseName, LocalName, Designations, Validation,
// Qualification and Since report the view's terms; every other method is
// about the entry as a whole, and views of one entry share its history, so
// v.On(d) is the same from any view v.
//
// It is a small handle (a pointer and an index), cheap to copy; no method
// lets a caller change it and it shares nothing mutable with the caller.
// The zero Specialization is no entry (IsZero); its accessors return zero
// values.
type Specialization struct {
	e *entry
	v int // index into e.terms: 0 for the base terms, i after Changes[i-1]
}

// entry is never modified after New returns.
type entry struct {
	def     Definition
	terms   []terms  // terms[0] the base terms; terms[i] in force from Changes[i-1].On
	aliases []string // Aliases, then every other name the entry ever had
}

// terms are an entry's terms in force from one day on.
type terms struct {
	since         date.Date // the change's On; Introduced for the base terms
	name          string
	chineseName   string
	designations  DesignationSet
	validation    Validation
	qualification Qualification
}

// New validates d and returns the latest view of a Specialization holding
// a deep copy of it. It rejects, with a *DefinitionError wrapping
// ErrInvalidDefinition: an invalid ID, Kind, Category or Validation; an
// empty or untrimmed Name; an empty or untrimmed alias; a designation set
// with no valid designation or with bits that are no designation; an
// invalid ReplacedBy or one equal to ID; Closes or Retired not after
// Introduced, or Closes after Retired; CarriesOver without Retired and
// ReplacedBy; an invalid Qualification (see Qualification.Validate); and
// Changes that are out of order, dated before Introduced, without a Source,
// with a shift outside 0..12 or that change nothing (see Change).
func New(d Definition) (Specialization, error) {
	if err := validate(d); err != nil {
		return Specialization{}, err
	}
	d = d.clone()
	e := &entry{def: d, terms: make([]terms, 0, len(d.Changes)+1)}
	t := terms{since: d.Introduced, name: d.Name, chineseName: d.ChineseName,
		designations: d.Designations, validation: d.Validation, qualification: d.Qualification}
	e.terms = append(e.terms, t)
	for _, c := range d.Changes {
		t = t.apply(c)
		e.terms = append(e.terms, t)
	}
	e.aliases = formerNames(&d, t)
	return Specialization{e: e, v: len(e.terms) - 1}, nil
}

// clone deep-copies d.
func (d Definition) clone() Definition {
	d.Aliases = slices.Clone(d.Aliases)
	d.Qualification = d.Qualification.clone()
	d.Changes = slices.Clone(d.Changes)
	for i := range d.Changes {
		d.Changes[i].Qualification = d.Changes[i].Qualification.clone()
	}
	return d
}

func validate(d Definition) error {
	bad := func(field, reason string) error {
		return &DefinitionError{ID: d.ID, Field: field, Reason: reason}
	}
	switch {
	case !d.ID.Valid():
		return bad("ID", "not a slug of 1..64 bytes")
	case !d.Kind.Valid():
		return bad("Kind", fmt.Sprintf("value %d out of range", d.Kind))
	case !d.Category.Valid():
		return bad("Category", fmt.Sprintf("value %d out of range", d.Category))
	case !d.Validation.Valid():
		return bad("Validation", fmt.Sprintf("value %d out of range", d.Validation))
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
	if reason := d.Qualification.validate(); reason != "" {
		return bad("Qualification", reason)
	}
	if err := validateDates(d); err != nil {
		return err
	}
	return validateChanges(d)
}

// IsZero reports whether s is the zero Specialization (no entry).
func (s Specialization) IsZero() bool { return s.e == nil }

func (s Specialization) def() *Definition {
	if s.e == nil {
		return &Definition{}
	}
	return &s.e.def
}

// terms returns the view's terms; zero terms for the zero Specialization.
func (s Specialization) terms() *terms {
	if s.e == nil {
		return &terms{}
	}
	return &s.e.terms[s.v]
}

// ID returns the entry's stable ID.
func (s Specialization) ID() ID { return s.def().ID }

// Kind tells a specialization from an expert program.
func (s Specialization) Kind() Kind { return s.def().Kind }

// Category returns the category, which is also the benefit-cap unit.
func (s Specialization) Category() Category { return s.def().Category }

// Name returns the official English name in the view's terms.
func (s Specialization) Name() string { return s.terms().name }

// ChineseName returns the Simplified Chinese name of the view's terms as
// recorded, or "" when there is none (RULES EDN-2: an English rename
// without a Chinese name clears it). It is the raw field, for indexing and
// data checks; to show a name, use LocalName, which falls back to the
// English name.
func (s Specialization) ChineseName() string { return s.terms().chineseName }

// LocalName returns the name to show for a BCP 47 language tag: the
// ChineseName for Simplified Chinese ("zh", "zh-CN", "zh-Hans", "zh-SG",
// "zh-Hans-CN", any case, "_" accepted for "-") when the entry has one, the
// English Name otherwise, including for Traditional Chinese ("zh-TW",
// "zh-Hant"). It is the one method for display text.
func (s Specialization) LocalName(lang string) string {
	if zh := s.ChineseName(); zh != "" && langtag.IsSimplifiedChinese(lang) {
		return zh
	}
	return s.Name()
}

// Aliases yields the entry's other names, English and Chinese: the
// Definition's Aliases in their order, then every name of its base terms
// and Changes that is not a name of its latest terms, in date order, each
// once. With Name and ChineseName of the latest view they are every name
// the entry ever had (RULES CAT-3, EDN-2). They are about the entry as a
// whole: the same from every view.
func (s Specialization) Aliases() iter.Seq[string] {
	var aliases []string
	if s.e != nil {
		aliases = s.e.aliases
	}
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
func (s Specialization) Designations() DesignationSet { return s.terms().designations }

// Validation returns the manually validated requirement in the view's
// terms (RULES REN-4, EDN-4).
func (s Specialization) Validation() Validation { return s.terms().validation }

// Retired returns the entry's retirement day and true, or the zero Date and
// false when none is recorded. On that day enrollments and holdings of it
// end (RULES EDN-3).
func (s Specialization) Retired() (date.Date, bool) {
	r := s.def().Retired
	return r, !r.IsZero()
}

// ReplacedBy returns the ID of the entry that replaced this one, or "".
func (s Specialization) ReplacedBy() ID { return s.def().ReplacedBy }

// Definition returns a deep copy of the whole entry's definition, base
// terms and Changes, the same from every view; changing it does not change
// s, and New of it gives s's latest view.
func (s Specialization) Definition() Definition { return s.def().clone() }

// Qualification returns a deep copy of the published qualification
// thresholds in the view's terms; it is empty where this catalog has no
// published figures, which does not mean nothing is required.
func (s Specialization) Qualification() Qualification { return s.terms().qualification.clone() }

// Equal reports whether s and o hold the same entry data and show the same
// day's terms. Two zero Specializations are equal.
func (s Specialization) Equal(o Specialization) bool {
	if s.e == o.e {
		return s.v == o.v
	}
	if s.e == nil || o.e == nil || s.v != o.v {
		return false
	}
	return s.e.def.equal(&o.e.def)
}

func (a *Definition) equal(b *Definition) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Category == b.Category && a.Name == b.Name &&
		a.ChineseName == b.ChineseName && slices.Equal(a.Aliases, b.Aliases) &&
		a.Designations == b.Designations && a.Validation == b.Validation &&
		a.Retired == b.Retired && a.ReplacedBy == b.ReplacedBy && a.Introduced == b.Introduced &&
		a.Closes == b.Closes && a.CarriesOver == b.CarriesOver && a.Source == b.Source &&
		a.Qualification.Equal(b.Qualification) && slices.EqualFunc(a.Changes, b.Changes, Change.Equal)
}

// String returns the English name in the view's terms, or "" for the zero
// Specialization.
func (s Specialization) String() string { return s.terms().name }
