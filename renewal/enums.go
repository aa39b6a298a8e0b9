package renewal

import (
	"iter"
	"math/bits"

	"github.com/partnerkit/specializations/internal/enum"
)

// The enums of this package follow internal/enum's rules, the same for
// every enum of the library: text forms are slugs, parsing also accepts the
// String form in any case, the unset zero value is empty text, and text
// that names no value is a *specialization.EnumError wrapping
// specialization.ErrUnknownValue.

// Requirement is one requirement a renewal cycle can have (RULES REN-3,
// REN-4). The zero Requirement is unset and invalid.
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

// The String forms name the requirements without the article; Text and
// Explain add it ("an audit", "approved customer references").
var requirementNames = enum.Table[Requirement]{
	Type:    "renewal.Requirement",
	SetType: "renewal.Requirements",
	Names: []enum.Name{
		RequirementQualification:     {English: "qualification requirements", Slug: "qualification"},
		RequirementAudit:             {English: "audit", Slug: "audit"},
		RequirementCustomerReference: {English: "customer references", Slug: "customer-reference"},
	},
}

// String returns "qualification requirements", "audit" or "customer
// references"; an invalid value gives "%!Requirement(9)".
func (r Requirement) String() string { return requirementNames.String(r) }

// Valid reports whether r is one of the three requirements.
func (r Requirement) Valid() bool { return requirementNames.Valid(r) }

// MarshalText returns the slug: "qualification", "audit" or
// "customer-reference"; the zero Requirement gives empty text and an
// out-of-range value an error wrapping specialization.ErrUnknownValue.
func (r Requirement) MarshalText() ([]byte, error) { return requirementNames.MarshalText(r) }

// UnmarshalText accepts the slug or the String form in any case; empty
// text gives the zero Requirement. On an error r is left unchanged.
func (r *Requirement) UnmarshalText(b []byte) error { return requirementNames.UnmarshalText(b, r) }

// Requirements is a set of Requirement values, held as a bit set: a small
// comparable value whose zero value is the empty set. Its text form is the
// members' slugs joined by commas ("qualification,audit"), its JSON form an
// array of them (["qualification","audit"]); the empty set is "" and [].
type Requirements uint8

// The one-member sets, and the set of every requirement.
const (
	qualification     = Requirements(1 << RequirementQualification)
	audit             = Requirements(1 << RequirementAudit)
	customerReference = Requirements(1 << RequirementCustomerReference)
	allRequirements   = qualification | audit | customerReference
)

// RequirementsOf returns the set of rs; values that are not valid
// requirements are left out.
func RequirementsOf(rs ...Requirement) Requirements {
	var s Requirements
	for _, r := range rs {
		s = s.with(r)
	}
	return s
}

// with returns s plus r when r is a requirement. A shift by 8 or more
// gives 0 in a uint8, so the mask is the whole check.
func (s Requirements) with(r Requirement) Requirements { return s | 1<<r&allRequirements }

// Has reports whether r is in s.
func (s Requirements) Has(r Requirement) bool { return s&(1<<r)&allRequirements != 0 }

// Len returns the number of requirements in s.
func (s Requirements) Len() int { return bits.OnesCount8(uint8(s & allRequirements)) }

// IsEmpty reports whether s holds no requirement.
func (s Requirements) IsEmpty() bool { return s&allRequirements == 0 }

// Valid reports whether every member of s is a requirement: false when s
// has a bit that stands for none.
func (s Requirements) Valid() bool { return s&^allRequirements == 0 }

// All yields the requirements in s in the order qualification, audit,
// customer reference.
func (s Requirements) All() iter.Seq[Requirement] { return requirementNames.All(uint8(s)) }

// String lists the requirements joined by " and " ("qualification
// requirements and audit"); "" for the empty set. Text names them for a
// reader.
func (s Requirements) String() string { return requirementNames.SetString(uint8(s), " and ") }

// MarshalText returns the slugs joined by commas in All order
// ("qualification,audit"); the empty set gives empty text. Bits that are no
// requirement are an error wrapping specialization.ErrUnknownValue.
func (s Requirements) MarshalText() ([]byte, error) { return requirementNames.SetText(uint8(s)) }

// UnmarshalText reads a comma-separated list of requirements, each as
// Requirement.UnmarshalText accepts it, in any order; duplicates count
// once, and empty text is the empty set. On an error s is left unchanged.
func (s *Requirements) UnmarshalText(b []byte) error {
	set, err := requirementNames.ParseSet(string(b))
	if err != nil {
		return err
	}
	*s = Requirements(set)
	return nil
}

// MarshalJSON returns the slugs as a JSON array in All order
// (["qualification","audit"]); the empty set gives [].
func (s Requirements) MarshalJSON() ([]byte, error) { return requirementNames.SetJSON(uint8(s)) }

// UnmarshalJSON reads a JSON array of requirements, each as
// Requirement.UnmarshalText accepts it; null leaves s unchanged, as
// encoding/json does, and so does an error.
func (s *Requirements) UnmarshalJSON(b []byte) error {
	set, ok, err := requirementNames.ParseSetJSON(b)
	if ok {
		*s = Requirements(set)
	}
	return err
}

// Phase is where an enrollment stands on a day (RULES INT-5). The zero
// Phase is unset and invalid; Evaluate never returns it.
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

var phaseNames = enum.Table[Phase]{
	Type: "renewal.Phase",
	Names: []enum.Name{
		PhaseActive:     {English: "active", Slug: "active"},
		PhaseWindowOpen: {English: "window open", Slug: "window-open"},
		PhaseGrace:      {English: "grace", Slug: "grace"},
		PhaseLapsed:     {English: "lapsed", Slug: "lapsed"},
		PhaseRetired:    {English: "retired", Slug: "retired"},
	},
}

// String returns "active", "window open", "grace", "lapsed" or "retired";
// an invalid value gives "%!Phase(9)".
func (p Phase) String() string { return phaseNames.String(p) }

// Valid reports whether p is one of the five phases.
func (p Phase) Valid() bool { return phaseNames.Valid(p) }

// MarshalText returns the slug: "active", "window-open", "grace", "lapsed"
// or "retired"; the zero Phase gives empty text and an out-of-range value an
// error wrapping specialization.ErrUnknownValue.
func (p Phase) MarshalText() ([]byte, error) { return phaseNames.MarshalText(p) }

// UnmarshalText accepts the slug or the String form in any case; empty
// text gives the zero Phase. On an error p is left unchanged.
func (p *Phase) UnmarshalText(b []byte) error { return phaseNames.UnmarshalText(b, p) }

// Outcome is the verdict on the cycle under review (RULES INT-10). The
// zero Outcome is unset and invalid; Evaluate never returns it.
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

var outcomeNames = enum.Table[Outcome]{
	Type: "renewal.Outcome",
	Names: []enum.Name{
		OutcomeNotDue:  {English: "not due", Slug: "not-due"},
		OutcomePending: {English: "pending", Slug: "pending"},
		OutcomeRenewed: {English: "renewed", Slug: "renewed"},
		OutcomeLapsed:  {English: "lapsed", Slug: "lapsed"},
		OutcomeRetired: {English: "retired", Slug: "retired"},
	},
}

// String returns "not due", "pending", "renewed", "lapsed" or "retired";
// an invalid value gives "%!Outcome(9)".
func (o Outcome) String() string { return outcomeNames.String(o) }

// Valid reports whether o is one of the five outcomes.
func (o Outcome) Valid() bool { return outcomeNames.Valid(o) }

// MarshalText returns the slug: "not-due", "pending", "renewed", "lapsed"
// or "retired"; the zero Outcome gives empty text and an out-of-range value
// an error wrapping specialization.ErrUnknownValue.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeNames.MarshalText(o) }

// UnmarshalText accepts the slug or the String form in any case; empty
// text gives the zero Outcome. On an error o is left unchanged.
func (o *Outcome) UnmarshalText(b []byte) error { return outcomeNames.UnmarshalText(b, o) }

// LeapDay chooses the anniversary of a 29 February enrollment in a common
// year (RULES INT-2). The zero value is LeapDayFeb28, a named choice like
// the other: it writes "feb-28", and empty text reads as it.
type LeapDay uint8

// The leap-day rules.
const (
	// LeapDayFeb28 puts the anniversary on 28 February in common years:
	// the last day of the same month, the library's reading of INT-2.
	LeapDayFeb28 LeapDay = iota
	// LeapDayMar1 puts it on 1 March in common years: the day after
	// 28 February, as time.AddDate would.
	LeapDayMar1
)

var leapDayNames = enum.Table[LeapDay]{
	Type: "renewal.LeapDay",
	Names: []enum.Name{
		LeapDayFeb28: {English: "28 February", Slug: "feb-28"},
		LeapDayMar1:  {English: "1 March", Slug: "mar-1"},
	},
}

// String returns "28 February" or "1 March"; an out-of-range value gives
// "%!LeapDay(7)".
func (l LeapDay) String() string { return leapDayNames.String(l) }

// Valid reports whether l is LeapDayFeb28 or LeapDayMar1.
func (l LeapDay) Valid() bool { return leapDayNames.Valid(l) }

// MarshalText returns "feb-28" or "mar-1"; an out-of-range value is an
// error wrapping specialization.ErrUnknownValue.
func (l LeapDay) MarshalText() ([]byte, error) { return leapDayNames.MarshalText(l) }

// UnmarshalText accepts "feb-28", "mar-1" or the String forms, in any case;
// empty text gives the zero value, LeapDayFeb28. On an error l is left
// unchanged.
func (l *LeapDay) UnmarshalText(b []byte) error { return leapDayNames.UnmarshalText(b, l) }
