package renewal_test

import (
	"encoding"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/renewal"
)

// enumCase is one value of an enum type with its String and text forms.
type enumCase struct {
	v          interface{ String() string }
	name, text string
}

func enumCases() []enumCase {
	return []enumCase{
		{renewal.RequirementQualification, "qualification requirements", "qualification"},
		{renewal.RequirementAudit, "audit", "audit"},
		{renewal.RequirementCustomerReference, "customer references", "customer-reference"},
		{renewal.PhaseActive, "active", "active"},
		{renewal.PhaseWindowOpen, "window open", "window-open"},
		{renewal.PhaseGrace, "grace", "grace"},
		{renewal.PhaseLapsed, "lapsed", "lapsed"},
		{renewal.PhaseRetired, "retired", "retired"},
		{renewal.OutcomeNotDue, "not due", "not-due"},
		{renewal.OutcomePending, "pending", "pending"},
		{renewal.OutcomeRenewed, "renewed", "renewed"},
		{renewal.OutcomeLapsed, "lapsed", "lapsed"},
		{renewal.OutcomeRetired, "retired", "retired"},
	}
}

// fresh returns a pointer to a zero value of v's type, to unmarshal into.
func fresh(v any) encoding.TextUnmarshaler {
	switch v.(type) {
	case renewal.Requirement:
		return new(renewal.Requirement)
	case renewal.Phase:
		return new(renewal.Phase)
	case renewal.Outcome:
		return new(renewal.Outcome)
	}
	return nil
}

func deref(u encoding.TextUnmarshaler) any {
	switch p := u.(type) {
	case *renewal.Requirement:
		return *p
	case *renewal.Phase:
		return *p
	case *renewal.Outcome:
		return *p
	}
	return nil
}

func TestEnumText(t *testing.T) {
	for _, tt := range enumCases() {
		if got := tt.v.String(); got != tt.name {
			t.Errorf("%T(%v).String() = %q, want %q", tt.v, tt.v, got, tt.name)
		}
		b, err := tt.v.(encoding.TextMarshaler).MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("%T(%v).MarshalText() = %q, %v; want %q", tt.v, tt.v, b, err, tt.text)
		}
		for _, in := range []string{tt.text, tt.name, " " + tt.name + " "} {
			u := fresh(tt.v)
			if err := u.UnmarshalText([]byte(in)); err != nil || deref(u) != tt.v {
				t.Errorf("%T.UnmarshalText(%q) = %v, %v; want %v", tt.v, in, deref(u), err, tt.v)
			}
		}
	}
}

func TestEnumZeroAndOutOfRange(t *testing.T) {
	zeros := []encoding.TextMarshaler{renewal.Requirement(0), renewal.Phase(0), renewal.Outcome(0), renewal.Requirements(0)}
	for _, z := range zeros {
		if b, err := z.MarshalText(); err != nil || len(b) != 0 {
			t.Errorf("%T(0).MarshalText() = %q, %v; want empty text", z, b, err)
		}
	}
	for _, tt := range []struct {
		v    interface{ String() string }
		want string
	}{
		{renewal.Requirement(9), "%!Requirement(9)"},
		{renewal.Phase(9), "%!Phase(9)"},
		{renewal.Outcome(9), "%!Outcome(9)"},
		{renewal.Phase(0), "%!Phase(0)"},
	} {
		if got := tt.v.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
		if m, ok := tt.v.(encoding.TextMarshaler); ok && tt.want != "%!Phase(0)" {
			if _, err := m.MarshalText(); !errors.Is(err, renewal.ErrUnknownValue) {
				t.Errorf("%s.MarshalText() error = %v, want ErrUnknownValue", tt.want, err)
			}
		}
	}
	p := renewal.PhaseGrace
	if err := p.UnmarshalText([]byte("expired")); !errors.Is(err, renewal.ErrUnknownValue) || p != renewal.PhaseGrace {
		t.Errorf("Phase.UnmarshalText(expired) = %v, %v; want ErrUnknownValue and no change", p, err)
	}
	if err := p.UnmarshalText(nil); err != nil || p != 0 {
		t.Errorf("Phase.UnmarshalText(empty) = %v, %v; want the zero Phase", p, err)
	}
}

func TestRequirements(t *testing.T) {
	s := renewal.RequirementsOf(renewal.RequirementAudit, renewal.RequirementQualification, 0, 9, renewal.RequirementAudit)
	if got, want := slices.Collect(s.All()), []renewal.Requirement{renewal.RequirementQualification, renewal.RequirementAudit}; !slices.Equal(got, want) {
		t.Errorf("All() = %v, want %v", got, want)
	}
	if s.Len() != 2 || !s.Has(renewal.RequirementAudit) || s.Has(renewal.RequirementCustomerReference) || s.Has(0) || s.IsEmpty() {
		t.Errorf("RequirementsOf(audit, qualification) = %v: wrong Len, Has or IsEmpty", s)
	}
	if got := s.String(); got != "qualification requirements and audit" {
		t.Errorf("String() = %q", got)
	}
	if got := renewal.Requirements(0).String(); got != "none" {
		t.Errorf("empty String() = %q, want none", got)
	}
	for _, tt := range []struct {
		s    renewal.Requirements
		text string
	}{
		{0, ""},
		{renewal.RequirementsOf(renewal.RequirementQualification), "qualification"},
		{s, "qualification,audit"},
		{renewal.RequirementsOf(renewal.RequirementQualification, renewal.RequirementCustomerReference), "qualification,customer-reference"},
	} {
		b, err := tt.s.MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("MarshalText(%v) = %q, %v; want %q", tt.s, b, err, tt.text)
		}
		var back renewal.Requirements
		if err := back.UnmarshalText(b); err != nil {
			t.Errorf("UnmarshalText(%q): %v", b, err)
		}
		if diff := cmp.Diff(tt.s, back); diff != "" {
			t.Errorf("UnmarshalText(%q) (-want +got):\n%s", b, diff)
		}
	}
	var r renewal.Requirements
	if err := r.UnmarshalText([]byte("Audit, customer references ,audit")); err != nil ||
		r != renewal.RequirementsOf(renewal.RequirementAudit, renewal.RequirementCustomerReference) {
		t.Errorf("UnmarshalText(any order, names, duplicates) = %v, %v", r, err)
	}
	for _, in := range []string{"audit,", ",", "audit,,qualification", "renewal"} {
		r := s
		if err := r.UnmarshalText([]byte(in)); !errors.Is(err, renewal.ErrUnknownValue) || r != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want ErrUnknownValue and no change", in, r, err)
		}
	}
	if _, err := renewal.Requirements(1).MarshalText(); !errors.Is(err, renewal.ErrUnknownValue) {
		t.Errorf("MarshalText of a bit that is no requirement: error %v, want ErrUnknownValue", err)
	}
}
