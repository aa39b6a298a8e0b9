package renewal_test

import (
	"encoding"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// enumValue is what every enum of the package implements.
type enumValue interface {
	fmt.Stringer
	encoding.TextMarshaler
	Valid() bool
}

// enumForms is what the tests see of one enum value.
type enumForms struct {
	String string
	Text   string
	Err    bool // MarshalText failed
	Valid  bool
}

func formsOf(v enumValue) enumForms {
	b, err := v.MarshalText()
	return enumForms{String: v.String(), Text: string(b), Err: err != nil, Valid: v.Valid()}
}

// parseAs reads text into a fresh value of v's type, starting from start
// (a value of that type), and returns the result and the error.
func parseAs(v enumValue, start uint8, text string) (enumValue, error) {
	switch v.(type) {
	case renewal.Requirement:
		r := renewal.Requirement(start)
		err := r.UnmarshalText([]byte(text))
		return r, err
	case renewal.Phase:
		p := renewal.Phase(start)
		err := p.UnmarshalText([]byte(text))
		return p, err
	case renewal.Outcome:
		o := renewal.Outcome(start)
		err := o.UnmarshalText([]byte(text))
		return o, err
	case renewal.LeapDay:
		l := renewal.LeapDay(start)
		err := l.UnmarshalText([]byte(text))
		return l, err
	}
	return nil, fmt.Errorf("parseAs: %T is no enum of renewal", v)
}

var enumCases = []struct {
	name string
	v    enumValue
	want enumForms
}{
	{"REN-3 qualification", renewal.RequirementQualification, enumForms{"qualification requirements", "qualification", false, true}},
	{"REN-4 audit", renewal.RequirementAudit, enumForms{"audit", "audit", false, true}},
	{"REN-4 customer references", renewal.RequirementCustomerReference, enumForms{"customer references", "customer-reference", false, true}},
	{"INT-5 active", renewal.PhaseActive, enumForms{"active", "active", false, true}},
	{"INT-5 window open", renewal.PhaseWindowOpen, enumForms{"window open", "window-open", false, true}},
	{"INT-5 grace", renewal.PhaseGrace, enumForms{"grace", "grace", false, true}},
	{"INT-5 lapsed", renewal.PhaseLapsed, enumForms{"lapsed", "lapsed", false, true}},
	{"EDN-3 retired phase", renewal.PhaseRetired, enumForms{"retired", "retired", false, true}},
	{"INT-10 not due", renewal.OutcomeNotDue, enumForms{"not due", "not-due", false, true}},
	{"INT-10 pending", renewal.OutcomePending, enumForms{"pending", "pending", false, true}},
	{"INT-10 renewed", renewal.OutcomeRenewed, enumForms{"renewed", "renewed", false, true}},
	{"INT-10 lapsed", renewal.OutcomeLapsed, enumForms{"lapsed", "lapsed", false, true}},
	{"EDN-3 retired outcome", renewal.OutcomeRetired, enumForms{"retired", "retired", false, true}},
	{"INT-2 28 February, the zero LeapDay", renewal.LeapDayFeb28, enumForms{"28 February", "feb-28", false, true}},
	{"INT-2 1 March", renewal.LeapDayMar1, enumForms{"1 March", "mar-1", false, true}},
	// The unset zero values write empty text; their String is a bad value.
	{"zero Requirement", renewal.Requirement(0), enumForms{"%!Requirement(0)", "", false, false}},
	{"zero Phase", renewal.Phase(0), enumForms{"%!Phase(0)", "", false, false}},
	{"zero Outcome", renewal.Outcome(0), enumForms{"%!Outcome(0)", "", false, false}},
	// Out-of-range values have no text form.
	{"Requirement out of range", renewal.Requirement(9), enumForms{"%!Requirement(9)", "", true, false}},
	{"Phase out of range", renewal.Phase(6), enumForms{"%!Phase(6)", "", true, false}},
	{"Outcome out of range", renewal.Outcome(6), enumForms{"%!Outcome(6)", "", true, false}},
	{"LeapDay out of range", renewal.LeapDay(2), enumForms{"%!LeapDay(2)", "", true, false}},
}

func TestEnumForms(t *testing.T) {
	for _, tt := range enumCases {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, formsOf(tt.v)); diff != "" {
				t.Errorf("%T(%d) forms (-want +got):\n%s", tt.v, tt.v, diff)
			}
		})
	}
}

// Every text a value writes, its String form in any case and with spaces
// around it read back as the value; a zero value reads from empty text.
func TestEnumParse(t *testing.T) {
	for _, tt := range enumCases {
		if tt.want.Err {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			ins := []string{tt.want.Text}
			if tt.v == renewal.LeapDayFeb28 {
				ins = append(ins, "") // the zero value has a name, and empty text reads as it
			}
			if tt.want.Valid {
				ins = append(ins, tt.want.String, " "+tt.want.String+" ", strings.ToUpper(tt.want.Text))
			}
			for _, in := range ins {
				got, err := parseAs(tt.v, 1, in)
				if err != nil {
					t.Errorf("%T.UnmarshalText(%q): %v", tt.v, in, err)
				}
				if diff := cmp.Diff(tt.v, got); diff != "" {
					t.Errorf("%T.UnmarshalText(%q) (-want +got):\n%s", tt.v, in, diff)
				}
			}
		})
	}
}

// Unknown text is the library's one enum error, naming the qualified type,
// and leaves the value unchanged.
func TestEnumUnknownText(t *testing.T) {
	tests := []struct {
		name string
		v    enumValue
		in   string
		want string
	}{
		{"INT-5 unknown phase", renewal.PhaseGrace, "expired", `renewal: unknown Phase "expired"`},
		{"INT-10 unknown outcome", renewal.OutcomePending, "due", `renewal: unknown Outcome "due"`},
		{"REN-4 unknown requirement", renewal.RequirementAudit, "interview", `renewal: unknown Requirement "interview"`},
		{"INT-2 unknown leap-day rule", renewal.LeapDayMar1, "feb-29", `renewal: unknown LeapDay "feb-29"`},
		{"INT-2 a slug's prefix is unknown", renewal.LeapDayMar1, "march", `renewal: unknown LeapDay "march"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := fmt.Sprint(uint8Of(tt.v))
			got, err := parseAs(tt.v, uint8Of(tt.v), tt.in)
			var ee *specialization.EnumError
			if !errors.Is(err, specialization.ErrUnknownValue) || !errors.As(err, &ee) {
				t.Fatalf("UnmarshalText(%q) = %v, want an *EnumError wrapping ErrUnknownValue", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("UnmarshalText(%q) message (-want +got):\n%s", tt.in, diff)
			}
			if fmt.Sprint(uint8Of(got)) != start {
				t.Errorf("UnmarshalText(%q) changed the value to %v, want %v unchanged", tt.in, got, tt.v)
			}
		})
	}
}

func uint8Of(v enumValue) uint8 {
	switch v := v.(type) {
	case renewal.Requirement:
		return uint8(v)
	case renewal.Phase:
		return uint8(v)
	case renewal.Outcome:
		return uint8(v)
	case renewal.LeapDay:
		return uint8(v)
	}
	return 255
}

// Writing an out-of-range value is the same error, naming the number.
func TestEnumOutOfRangeError(t *testing.T) {
	_, err := renewal.Phase(9).MarshalText()
	var ee *specialization.EnumError
	if !errors.As(err, &ee) || !errors.Is(err, specialization.ErrUnknownValue) {
		t.Fatalf("Phase(9).MarshalText() error = %v, want an *EnumError wrapping ErrUnknownValue", err)
	}
	if diff := cmp.Diff(&specialization.EnumError{Type: "renewal.Phase", Text: "9"}, ee); diff != "" {
		t.Errorf("Phase(9).MarshalText() error (-want +got):\n%s", diff)
	}
}

var (
	qa  = renewal.RequirementsOf(renewal.RequirementQualification, renewal.RequirementAudit)
	qr  = renewal.RequirementsOf(renewal.RequirementQualification, renewal.RequirementCustomerReference)
	all = renewal.RequirementsOf(renewal.RequirementQualification, renewal.RequirementAudit, renewal.RequirementCustomerReference)
)

func TestRequirementsSet(t *testing.T) {
	s := renewal.RequirementsOf(renewal.RequirementAudit, renewal.RequirementQualification, 0, 9, renewal.RequirementAudit)
	if diff := cmp.Diff(qa, s); diff != "" {
		t.Errorf("RequirementsOf(audit, qualification, 0, 9, audit) (-want +got):\n%s", diff)
	}
	if got, want := slices.Collect(s.All()), []renewal.Requirement{renewal.RequirementQualification, renewal.RequirementAudit}; !slices.Equal(got, want) {
		t.Errorf("All() = %v, want %v", got, want)
	}
	if s.Len() != 2 || !s.Has(renewal.RequirementAudit) || s.Has(renewal.RequirementCustomerReference) || s.Has(0) || s.IsEmpty() {
		t.Errorf("RequirementsOf(audit, qualification) = %v: wrong Len, Has or IsEmpty", s)
	}
	if !renewal.Requirements(0).IsEmpty() || !renewal.Requirements(0).Valid() || !all.Valid() || renewal.Requirements(1).Valid() {
		t.Errorf("IsEmpty or Valid wrong: the empty set and a full one are valid, bit 0 is no requirement")
	}
}

// The set's forms match DesignationSet's: slugs joined by commas as text,
// an array of slugs in JSON, English names joined by " and " as String,
// and "", [] and "" for the empty set.
func TestRequirementsForms(t *testing.T) {
	type forms struct{ String, Text, JSON string }
	tests := []struct {
		name string
		s    renewal.Requirements
		want forms
	}{
		{"INT-10 nothing missing", 0, forms{"", "", "[]"}},
		{"REN-3 qualification only", renewal.RequirementsOf(renewal.RequirementQualification),
			forms{"qualification requirements", "qualification", `["qualification"]`}},
		{"REN-4 audit year", qa, forms{"qualification requirements and audit", "qualification,audit", `["qualification","audit"]`}},
		{"REN-4 reference year", qr, forms{"qualification requirements and customer references",
			"qualification,customer-reference", `["qualification","customer-reference"]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := tt.s.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			js, err := tt.s.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, forms{tt.s.String(), string(text), string(js)}); diff != "" {
				t.Errorf("forms of %#v (-want +got):\n%s", uint8(tt.s), diff)
			}
			back := all
			if err := back.UnmarshalText(text); err != nil || back != tt.s {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, tt.s)
			}
			back = all
			if err := back.UnmarshalJSON(js); err != nil || back != tt.s {
				t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v", js, back, err, tt.s)
			}
		})
	}
}

func TestRequirementsParse(t *testing.T) {
	tests := []struct {
		name, in string
		json     bool
		want     renewal.Requirements
		err      bool
	}{
		{"names, any order, duplicates once", "Audit, customer references ,audit", false, all &^ renewal.RequirementsOf(renewal.RequirementQualification), false},
		{"blank text is the empty set", "  ", false, 0, false},
		{"trailing comma", "audit,", false, all, true},
		{"lone comma", ",", false, all, true},
		{"empty member", "audit,,qualification", false, all, true},
		{"unknown member", "renewal", false, all, true},
		{"JSON names in any order", `["audit","Qualification Requirements"]`, true, qa, false},
		{"JSON null leaves the set unchanged", `null`, true, all, false},
		{"JSON empty member", `["audit",""]`, true, all, true},
		{"JSON unknown member", `["audit","exam"]`, true, all, true},
		{"JSON not an array", `"audit"`, true, all, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := all
			var err error
			if tt.json {
				err = got.UnmarshalJSON([]byte(tt.in))
			} else {
				err = got.UnmarshalText([]byte(tt.in))
			}
			if (err != nil) != tt.err {
				t.Errorf("reading %q: error %v, want error %v", tt.in, err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("reading %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	for _, in := range []string{"renewal", "audit,,"} {
		var s renewal.Requirements
		if err := s.UnmarshalText([]byte(in)); !errors.Is(err, specialization.ErrUnknownValue) {
			t.Errorf("UnmarshalText(%q) error = %v, want ErrUnknownValue", in, err)
		}
	}
	_, err := renewal.Requirements(1).MarshalText()
	if !errors.Is(err, specialization.ErrUnknownValue) {
		t.Errorf("MarshalText of a bit that is no requirement: error %v, want ErrUnknownValue", err)
	}
	if diff := cmp.Diff(`renewal: unknown Requirements "1"`, fmt.Sprint(err)); diff != "" {
		t.Errorf("MarshalText of bit 0 message (-want +got):\n%s", diff)
	}
}
