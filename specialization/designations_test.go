package specialization_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	sp "github.com/partnerkit/specializations/specialization"
)

// The CAT-2 designation sets of a few specializations.
var (
	analytics      = sp.Designations(sp.DesignationDataAndAI)
	hybridCloud    = sp.Designations(sp.DesignationDataAndAI, sp.DesignationDigitalAndAppInnovation, sp.DesignationInfrastructure)
	lowCode        = sp.Designations(sp.DesignationBusinessApplications, sp.DesignationDigitalAndAppInnovation, sp.DesignationModernWork)
	securityAreas  = sp.Designations(sp.DesignationSecurity)
	allSixAreas    = sp.Designations(sp.DesignationDataAndAI, sp.DesignationDigitalAndAppInnovation, sp.DesignationInfrastructure, sp.DesignationBusinessApplications, sp.DesignationModernWork, sp.DesignationSecurity)
	noDesignations sp.DesignationSet
)

func TestDesignationSet(t *testing.T) {
	type facts struct {
		All    []sp.Designation
		Len    int
		Empty  bool
		String string
	}
	tests := []struct {
		name string
		in   sp.DesignationSet
		want facts
	}{
		{"CAT-2 Analytics needs Data & AI", analytics,
			facts{[]sp.Designation{sp.DesignationDataAndAI}, 1, false, "Data & AI"}},
		{"CAT-2 Hybrid Cloud accepts any of three, in ascending order", hybridCloud,
			facts{[]sp.Designation{sp.DesignationDataAndAI, sp.DesignationDigitalAndAppInnovation, sp.DesignationInfrastructure}, 3, false,
				"Data & AI or Digital & App Innovation or Infrastructure"}},
		{"CAT-2 Low Code listed in any order comes out ascending", sp.Designations(sp.DesignationModernWork, sp.DesignationBusinessApplications, sp.DesignationDigitalAndAppInnovation),
			facts{[]sp.Designation{sp.DesignationDigitalAndAppInnovation, sp.DesignationBusinessApplications, sp.DesignationModernWork}, 3, false,
				"Digital & App Innovation or Business Applications or Modern Work"}},
		{"CAT-2 a repeated designation counts once", sp.Designations(sp.DesignationSecurity, sp.DesignationSecurity),
			facts{[]sp.Designation{sp.DesignationSecurity}, 1, false, "Security"}},
		{"CAT-2 invalid values are left out", sp.Designations(0, 7, 255, sp.DesignationInfrastructure),
			facts{[]sp.Designation{sp.DesignationInfrastructure}, 1, false, "Infrastructure"}},
		{"CAT-2 only invalid values is the empty set", sp.Designations(0, 8),
			facts{nil, 0, true, ""}},
		{"CAT-2 no designations is the empty set", sp.Designations(),
			facts{nil, 0, true, ""}},
		{"CAT-2 stray bits outside the six are ignored", sp.DesignationSet(0xFF),
			facts{slices.Collect(allSixAreas.All()), 6, false,
				"Data & AI or Digital & App Innovation or Infrastructure or Business Applications or Modern Work or Security"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := facts{slices.Collect(tt.in.All()), tt.in.Len(), tt.in.IsEmpty(), tt.in.String()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("DesignationSet(%08b) (-want +got):\n%s", uint8(tt.in), diff)
			}
		})
	}
}

func TestDesignationSetHas(t *testing.T) {
	tests := []struct {
		name string
		set  sp.DesignationSet
		d    sp.Designation
		want bool
	}{
		{"CAT-2 Infrastructure qualifies for Hybrid Cloud", hybridCloud, sp.DesignationInfrastructure, true},
		{"CAT-2 Security does not qualify for Hybrid Cloud", hybridCloud, sp.DesignationSecurity, false},
		{"CAT-2 Modern Work qualifies for Low Code", lowCode, sp.DesignationModernWork, true},
		{"CAT-2 the zero Designation is never in a set", sp.DesignationSet(0xFF), 0, false},
		{"CAT-2 an out-of-range Designation is never in a set", sp.DesignationSet(0xFF), 7, false},
		{"CAT-2 the empty set has nothing", noDesignations, sp.DesignationDataAndAI, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.set.Has(tt.d); got != tt.want {
				t.Errorf("%q.Has(%v) = %v, want %v", tt.set, tt.d, got, tt.want)
			}
		})
	}
}

func TestDesignationSetIntersects(t *testing.T) {
	tests := []struct {
		name string
		held sp.DesignationSet
		need sp.DesignationSet
		want bool
	}{
		{"CAT-2 any one listed designation suffices", sp.Designations(sp.DesignationInfrastructure), hybridCloud, true},
		{"CAT-2 holding several, one in common", sp.Designations(sp.DesignationSecurity, sp.DesignationModernWork), lowCode, true},
		{"CAT-2 no designation in common", sp.Designations(sp.DesignationSecurity), analytics, false},
		{"CAT-2 holding nothing qualifies for nothing", noDesignations, allSixAreas, false},
		{"CAT-2 nothing required is nothing in common", allSixAreas, noDesignations, false},
		{"CAT-2 stray bits are never in common", sp.DesignationSet(0x81), sp.DesignationSet(0x81), false},
		{"CAT-2 Security specializations need Security", sp.Designations(sp.DesignationSecurity), securityAreas, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.held.Intersects(tt.need); got != tt.want {
				t.Errorf("%q.Intersects(%q) = %v, want %v", tt.held, tt.need, got, tt.want)
			}
			if got := tt.need.Intersects(tt.held); got != tt.want {
				t.Errorf("%q.Intersects(%q) = %v, want %v (symmetric)", tt.need, tt.held, got, tt.want)
			}
		})
	}
}

func TestDesignationSetAllStopsEarly(t *testing.T) {
	var got []sp.Designation
	for d := range hybridCloud.All() {
		got = append(got, d)
		if len(got) == 2 {
			break
		}
	}
	want := []sp.Designation{sp.DesignationDataAndAI, sp.DesignationDigitalAndAppInnovation}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CAT-2 All() with break (-want +got):\n%s", diff)
	}
}

func TestDesignationSetJSON(t *testing.T) {
	tests := []struct {
		name string
		in   sp.DesignationSet
		want string
	}{
		{"CAT-2 slugs in ascending order", lowCode, `["digital-and-app-innovation","business-applications","modern-work"]`},
		{"CAT-2 a single designation", analytics, `["data-and-ai"]`},
		{"CAT-2 the empty set is an empty array", noDesignations, `[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			if err != nil {
				t.Fatalf("json.Marshal(%q) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("json.Marshal(%q) (-want +got):\n%s", tt.in, diff)
			}
			back := allSixAreas
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("json.Unmarshal(%s) error: %v", b, err)
			}
			if diff := cmp.Diff(tt.in, back); diff != "" {
				t.Errorf("json round trip (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDesignationSetStrayBits checks that bits standing for no designation
// are not written in silence: both encodings refuse them.
func TestDesignationSetStrayBits(t *testing.T) {
	stray := sp.DesignationSet(0x83)
	want := &sp.EnumError{Type: "specialization.DesignationSet", Text: "131"}
	for name, marshal := range map[string]func() ([]byte, error){
		"MarshalText": stray.MarshalText, "MarshalJSON": stray.MarshalJSON,
	} {
		b, err := marshal()
		var got *sp.EnumError
		if !errors.As(err, &got) || b != nil {
			t.Fatalf("CAT-2 %s of %08b = %q, %v; want nil, an *EnumError", name, uint8(stray), b, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("CAT-2 %s of %08b (-want +got):\n%s", name, uint8(stray), diff)
		}
	}
}

func TestDesignationSetText(t *testing.T) {
	tests := []struct {
		name string
		in   sp.DesignationSet
		want string
	}{
		{"CAT-2 slugs in ascending order, joined by commas", lowCode, "digital-and-app-innovation,business-applications,modern-work"},
		{"CAT-2 a single designation", analytics, "data-and-ai"},
		{"CAT-2 the empty set is empty text", noDesignations, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.in.MarshalText()
			if err != nil {
				t.Fatalf("MarshalText(%q) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("MarshalText(%q) (-want +got):\n%s", tt.in, diff)
			}
			back := allSixAreas
			if err := back.UnmarshalText(b); err != nil {
				t.Fatalf("UnmarshalText(%q) error: %v", b, err)
			}
			if diff := cmp.Diff(tt.in, back); diff != "" {
				t.Errorf("text round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDesignationSetUnmarshalText(t *testing.T) {
	start := securityAreas
	tests := []struct {
		name    string
		in      string
		want    sp.DesignationSet
		wantErr error
	}{
		{"CAT-2 English names and slugs in any case and order", "INFRASTRUCTURE, Data & AI,digital-and-app-innovation", hybridCloud, nil},
		{"CAT-2 repeats count once", "modern-work,Modern Work", sp.Designations(sp.DesignationModernWork), nil},
		{"CAT-2 blank text is the empty set", " ", noDesignations, nil},
		{"CAT-2 an unknown name is an error", "data-and-ai,azure", start, sp.ErrUnknownValue},
		{"CAT-2 an empty member is an error", "data-and-ai,,security", start, sp.ErrUnknownValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := start
			err := got.UnmarshalText([]byte(tt.in))
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("UnmarshalText(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("UnmarshalText(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDesignationSetUnmarshalJSON(t *testing.T) {
	start := securityAreas
	tests := []struct {
		name    string
		in      string
		want    sp.DesignationSet
		wantErr error
	}{
		{"CAT-2 English names and slugs in any case", `["Data & AI","INFRASTRUCTURE","digital-and-app-innovation"]`, hybridCloud, nil},
		{"CAT-2 repeats count once", `["modern-work","Modern Work"]`, sp.Designations(sp.DesignationModernWork), nil},
		{"CAT-2 an empty array is the empty set", `[]`, noDesignations, nil},
		{"CAT-2 null leaves the set unchanged", `null`, start, nil},
		{"CAT-2 an unknown name is an error", `["data-and-ai","azure"]`, start, sp.ErrUnknownValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := start
			err := json.Unmarshal([]byte(tt.in), &got)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("json.Unmarshal(%s) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("json.Unmarshal(%s) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	for _, in := range []string{`"data-and-ai"`, `[1]`, `{}`, `[`} {
		t.Run("CAT-2 not an array of strings "+in, func(t *testing.T) {
			got := start
			err := got.UnmarshalJSON([]byte(in))
			var ute *json.UnmarshalTypeError
			var se *json.SyntaxError
			if !errors.As(err, &ute) && !errors.As(err, &se) {
				t.Errorf("UnmarshalJSON(%s) error = %v, want a *json.UnmarshalTypeError or *json.SyntaxError", in, err)
			}
			if got != start {
				t.Errorf("UnmarshalJSON(%s) changed the set to %q", in, got)
			}
		})
	}
}
