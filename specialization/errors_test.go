package specialization_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	sp "github.com/partnerkit/specializations/specialization"
)

// TestErrorMessages pins the words of the package's main errors: each
// starts with "specialization: " once, adds the values, and ends with its
// sentinel's words, said once.
func TestErrorMessages(t *testing.T) {
	badUnit := threatProtection()
	badUnit.Qualification[1][0].Unit = "EUR"
	badChange := everyTerm()
	badChange.Changes[2].Qualification = sp.Qualification{{}}
	badKind := threatProtection()
	badKind.Kind = 9
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"CAT-1 New refuses an ID that is no slug", newErr(sp.Definition{ID: "Threat Protection"}),
			`specialization: entry "Threat Protection": ID: not a slug of 1..64 bytes: invalid definition`},
		{"REN-1 New refuses a Kind out of range", newErr(badKind),
			`specialization: entry "threat-protection": Kind: value 9 out of range: invalid definition`},
		{"ENR-1 New refuses a figure in an unknown unit", newErr(badUnit),
			`specialization: entry "threat-protection": Qualification: group 2 threshold 1: measure "certified:SC-200": unknown unit "EUR": invalid definition`},
		{"EDN-1 New refuses a change with an empty group of figures", newErr(badChange),
			`specialization: entry "threat-protection": Changes[2].Qualification: group 1 is empty: invalid definition`},
		{"ENR-1 Validate refuses a negative minimum", sp.Qualification{{withMin(sc200, "-1")}}.Validate(),
			`specialization: group 1 threshold 1: measure "certified:SC-200": negative minimum -1: invalid qualification`},
		{"EDN-3 an entry on a day before its introduction", mustNew(t, everyTerm()).CheckOffered(day("2023-12-31")),
			`specialization: entry "threat-protection" (Threat Protection) on 2023-12-31: introduced 2024-01-01: not offered`},
		{"CAT-1 ParseCategory of an unknown name", parseErr(sp.ParseCategory("Azure Stack")),
			`specialization: unknown Category "Azure Stack"`},
		{"CAT-2 a set with a member that is no designation", new(sp.DesignationSet).UnmarshalText([]byte("data-and-ai,azure")),
			`specialization: unknown Designation "azure"`},
		{"CAT-1 an entry decoded from JSON", json.Unmarshal([]byte(`"kubernetes"`), new(sp.Specialization)),
			`specialization: entry "kubernetes": not decodable: resolve its ID through a catalog`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.err == nil {
				t.Fatalf("error = nil, want %q", tt.want)
			}
			if diff := cmp.Diff(tt.want, tt.err.Error()); diff != "" {
				t.Errorf("Error() (-want +got):\n%s", diff)
			}
		})
	}
}

func newErr(d sp.Definition) error {
	_, err := sp.New(d)
	return err
}

func parseErr[T any](_ T, err error) error { return err }
