package renewal

import (
	"bytes"
	"iter"
	"math/bits"
	"strconv"
	"strings"
)

// label is the English name and the slug (text form) of one enum value.
type label struct{ name, slug string }

// matches reports whether b is the name or the slug, ignoring case and
// surrounding spaces.
func (l label) matches(b []byte) bool {
	t := bytes.TrimSpace(b)
	return bytes.EqualFold(t, []byte(l.name)) || bytes.EqualFold(t, []byte(l.slug))
}

func badString(typ string, v uint8) string {
	return "%!" + typ + "(" + strconv.Itoa(int(v)) + ")"
}

// enumString, enumMarshal and enumParse serve the enums whose zero value
// means "unset": it has no name, is written as empty text and read back
// from it, so that a zero Decision round-trips.
func enumString(ls []label, typ string, v uint8) string {
	if v == 0 || int(v) >= len(ls) {
		return badString(typ, v)
	}
	return ls[v].name
}

func enumMarshal(ls []label, typ string, v uint8) ([]byte, error) {
	switch {
	case v == 0:
		return []byte{}, nil
	case int(v) >= len(ls):
		return nil, &TextError{Type: typ, Text: strconv.Itoa(int(v))}
	}
	return []byte(ls[v].slug), nil
}

func enumParse(ls []label, typ string, b []byte) (uint8, error) {
	if len(b) == 0 {
		return 0, nil
	}
	for i := 1; i < len(ls); i++ {
		if ls[i].matches(b) {
			return uint8(i), nil
		}
	}
	return 0, &TextError{Type: typ, Text: string(b)}
}

// Requirement is one requirement a renewal cycle can have (RULES REN-3,
// REN-4). The zero Requirement is invalid.
type Requirement uint8

// The requirements, in the order Requirements.All yields them.
const (
	// RequirementQualification: the qualification requirements
	// (designation, performance, skilling; RULES ENR-1), needed every
	// renewal year.
	RequirementQualification Requirement = iota + 1
	// RequirementAudit: a passed audit, the manual validation of Azure
	// specializations in even renewal years.
	RequirementAudit
	// RequirementCustomerReference: approved customer references, the
	// manual validation of Modern Work and Security specializations in
	// even renewal years.
	RequirementCustomerReference
)

// The String forms name the requirements as Reasons and Explain do, without
// the article: "an audit", "approved customer references".
var requirementLabels = [...]label{
	RequirementQualification:     {"qualification requirements", "qualification"},
	RequirementAudit:             {"audit", "audit"},
	RequirementCustomerReference: {"customer references", "customer-reference"},
}

// String returns "qualification requirements", "audit" or "customer
// references"; an invalid value gives "%!Requirement(9)".
func (r Requirement) String() string {
	return enumString(requirementLabels[:], "Requirement", uint8(r))
}

// Valid reports whether r is one of the three requirements.
func (r Requirement) Valid() bool {
	return r >= RequirementQualification && r <= RequirementCustomerReference
}

// MarshalText returns the slug: "qualification", "audit" or
// "customer-reference"; the zero Requirement gives empty text and an
// out-of-range value an error wrapping ErrUnknownValue.
func (r Requirement) MarshalText() ([]byte, error) {
	return enumMarshal(requirementLabels[:], "Requirement", uint8(r))
}

// UnmarshalText accepts the slug or the String form in any case; empty
// text gives the zero Requirement. On an error r is left unchanged.
func (r *Requirement) UnmarshalText(b []byte) error {
	v, err := enumParse(requirementLabels[:], "Requirement", b)
	if err == nil {
		*r = Requirement(v)
	}
	return err
}

// Requirements is a set of Requirement values, held as a bit set: a small
// comparable value whose zero value is the empty set.
type Requirements uint8

const allRequirements = Requirements(1<<RequirementQualification | 1<<RequirementAudit |
	1<<RequirementCustomerReference)

// RequirementsOf returns the set of rs; values that are not valid
// requirements are left out.
func RequirementsOf(rs ...Requirement) Requirements {
	var s Requirements
	for _, r := range rs {
		s = s.with(r)
	}
	return s
}

func (s Requirements) with(r Requirement) Requirements {
	if !r.Valid() {
		return s
	}
	return s | 1<<r
}

// Has reports whether r is in s.
func (s Requirements) Has(r Requirement) bool { return r.Valid() && s&(1<<r) != 0 }

// Len returns the number of requirements in s.
func (s Requirements) Len() int { return bits.OnesCount8(uint8(s & allRequirements)) }

// IsEmpty reports whether s holds no requirement.
func (s Requirements) IsEmpty() bool { return s&allRequirements == 0 }

// All yields the requirements in s in the order qualification, audit,
// customer reference.
func (s Requirements) All() iter.Seq[Requirement] {
	return func(yield func(Requirement) bool) {
		for r := RequirementQualification; r <= RequirementCustomerReference; r++ {
			if s.Has(r) && !yield(r) {
				return
			}
		}
	}
}

// String lists the requirements joined by " and " ("qualification
// requirements and audit"); "none" for the empty set.
func (s Requirements) String() string {
	if s.IsEmpty() {
		return "none"
	}
	var parts []string
	for r := range s.All() {
		parts = append(parts, r.String())
	}
	return strings.Join(parts, " and ")
}

// MarshalText returns the slugs joined by commas in All order
// ("qualification,audit"); the empty set gives empty text. Bits that are no
// requirement are an error wrapping ErrUnknownValue.
func (s Requirements) MarshalText() ([]byte, error) {
	if s&^allRequirements != 0 {
		return nil, &TextError{Type: "Requirements", Text: strconv.Itoa(int(s))}
	}
	b := []byte{}
	for r := range s.All() {
		if len(b) > 0 {
			b = append(b, ',')
		}
		b = append(b, requirementLabels[r].slug...)
	}
	return b, nil
}

// UnmarshalText reads a comma-separated list of requirements, each as
// Requirement.UnmarshalText accepts it, in any order; duplicates count
// once, and empty text is the empty set. On an error s is left unchanged.
func (s *Requirements) UnmarshalText(b []byte) error {
	var set Requirements
	if len(bytes.TrimSpace(b)) > 0 {
		for part := range bytes.SplitSeq(b, []byte{','}) {
			var r Requirement
			if err := r.UnmarshalText(part); err != nil || r == 0 {
				return &TextError{Type: "Requirements", Text: string(b)}
			}
			set = set.with(r)
		}
	}
	*s = set
	return nil
}

// Phase is where an enrollment stands on a day (RULES INT-5). The zero
// Phase is invalid; Evaluate never returns it.
type Phase uint8

// The phases, in the order a cycle goes through them.
const (
	// PhaseActive: enrolled, and no renewal window open; also after a
	// renewal once the cycle's valid-to date has passed.
	PhaseActive Phase = iota + 1
	// PhaseWindowOpen: from the day the window opens through the
	// anniversary, both inclusive.
	PhaseWindowOpen
	// PhaseGrace: the Grace days after the anniversary, through the
	// valid-to date inclusive.
	PhaseGrace
	// PhaseLapsed: past the valid-to date without a renewal. For good: a
	// lapsed enrollment never comes back by itself.
	PhaseLapsed
	// PhaseRetired: from the entry's retirement day on, the enrollment
	// has ended, neither renewed nor lapsed (RULES EDN-3).
	PhaseRetired
)

var phaseLabels = [...]label{
	PhaseActive:     {"active", "active"},
	PhaseWindowOpen: {"window open", "window-open"},
	PhaseGrace:      {"grace", "grace"},
	PhaseLapsed:     {"lapsed", "lapsed"},
	PhaseRetired:    {"retired", "retired"},
}

// String returns "active", "window open", "grace", "lapsed" or "retired";
// an invalid value gives "%!Phase(9)".
func (p Phase) String() string { return enumString(phaseLabels[:], "Phase", uint8(p)) }

// MarshalText returns the slug: "active", "window-open", "grace", "lapsed"
// or "retired"; the zero Phase gives empty text and an out-of-range value an
// error wrapping ErrUnknownValue.
func (p Phase) MarshalText() ([]byte, error) {
	return enumMarshal(phaseLabels[:], "Phase", uint8(p))
}

// UnmarshalText accepts the slug or the String form in any case; empty
// text gives the zero Phase. On an error p is left unchanged.
func (p *Phase) UnmarshalText(b []byte) error {
	v, err := enumParse(phaseLabels[:], "Phase", b)
	if err == nil {
		*p = Phase(v)
	}
	return err
}

// Outcome is the verdict on the cycle under review (RULES INT-10). The
// zero Outcome is invalid; Evaluate never returns it.
type Outcome uint8

// The outcomes.
const (
	// OutcomeNotDue: the window of the cycle under review has not opened.
	OutcomeNotDue Outcome = iota + 1
	// OutcomePending: within window or grace, and not renewed yet.
	OutcomePending
	// OutcomeRenewed: every requirement of the cycle counts, on
	// Decision.RenewedOn.
	OutcomeRenewed
	// OutcomeLapsed: the valid-to date passed without a renewal.
	OutcomeLapsed
	// OutcomeRetired: the entry retired before the cycle lapsed; the
	// enrollment ended on the retirement day (RULES EDN-3).
	OutcomeRetired
)

var outcomeLabels = [...]label{
	OutcomeNotDue:  {"not due", "not-due"},
	OutcomePending: {"pending", "pending"},
	OutcomeRenewed: {"renewed", "renewed"},
	OutcomeLapsed:  {"lapsed", "lapsed"},
	OutcomeRetired: {"retired", "retired"},
}

// String returns "not due", "pending", "renewed", "lapsed" or "retired";
// an invalid value gives "%!Outcome(9)".
func (o Outcome) String() string { return enumString(outcomeLabels[:], "Outcome", uint8(o)) }

// MarshalText returns the slug: "not-due", "pending", "renewed", "lapsed"
// or "retired"; the zero Outcome gives empty text and an out-of-range value an
// error wrapping ErrUnknownValue.
func (o Outcome) MarshalText() ([]byte, error) {
	return enumMarshal(outcomeLabels[:], "Outcome", uint8(o))
}

// UnmarshalText accepts the slug or the String form in any case; empty
// text gives the zero Outcome. On an error o is left unchanged.
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := enumParse(outcomeLabels[:], "Outcome", b)
	if err == nil {
		*o = Outcome(v)
	}
	return err
}
