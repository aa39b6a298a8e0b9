package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/specialization"
)

func TestSuggest(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		want     []specialization.ID
	}{
		{"CAT-3 a misspelt name: its entry first", "Analitics on Azure", 1,
			[]specialization.ID{"analytics-on-microsoft-azure"}},
		{"CAT-3 a misspelt name: the next closest within reach after it", "Analitics on Azure", 5,
			[]specialization.ID{"analytics-on-microsoft-azure", "build-and-modernize-ai-apps"}},
		{"CAT-3 a misspelt Chinese name", "Microsoft Azure 上的分折", 1,
			[]specialization.ID{"analytics-on-microsoft-azure"}},
		{"CAT-3 a plural", "Threat Protections", 3, []specialization.ID{"threat-protection"}},
		{"CAT-3 one letter off", "Finanse", 3, []specialization.ID{"finance"}},
		{"CAT-3 a distinctive word", "Kubernetes", 3, []specialization.ID{"kubernetes"}},
		{"CAT-3 a word of several names: fuller matches first", "Teams", 5,
			[]specialization.ID{"calling-for-microsoft-teams", "meetings-and-meeting-rooms", "custom-solutions-for-microsoft-teams"}},
		{"CAT-3 n limits the result", "Teams", 2,
			[]specialization.ID{"calling-for-microsoft-teams", "meetings-and-meeting-rooms"}},
		{"EDN-2 a misspelt former name", "Modernise Web Applications to Azure", 3,
			[]specialization.ID{"migrate-enterprise-applications"}},
		{"EDN-2 a word of a former and a latest name", "security", 3,
			[]specialization.ID{"information-protection-and-governance", "cloud-security"}},
		{"CAT-3 a name Lookup finds comes first", "Cloud Security", 2,
			[]specialization.ID{"cloud-security", "information-protection-and-governance"}},
		{"CAT-3 word order is not forgiven", "Teams Calling", 3, nil},
		{"CAT-3 too short to be close to anything", "AI", 3, nil},
		{"CAT-3 nothing close", "Quantum Computing", 3, nil},
		{"CAT-3 a key that reduces to nothing", "Microsoft", 3, nil},
		{"CAT-3 empty", "", 3, nil},
		{"CAT-3 a key over 256 bytes", strings.Repeat("Kubernetes", 30), 3, nil},
		{"CAT-3 n of zero", "Kubernetes", 0, nil},
		{"CAT-3 negative n", "Kubernetes", -1, nil},
	}
	c := catalog.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Suggest(tt.in, tt.n)
			if diff := cmp.Diff(tt.want, ids(slices.Values(got))); diff != "" {
				t.Errorf("Suggest(%.40q, %d) (-want +got):\n%s", tt.in, tt.n, diff)
			}
			if tt.want == nil && got != nil {
				t.Errorf("Suggest(%.40q, %d) = %v, want nil", tt.in, tt.n, got)
			}
		})
	}
}

// TestSuggestLatestViews proves that suggestions are latest views, as
// Get gives them (EDN-2).
func TestSuggestLatestViews(t *testing.T) {
	c := catalog.Default()
	got := c.Suggest("Teamwork Deploymant", 1)
	want, _ := c.Get("teamwork-deployment")
	if len(got) != 1 || !got[0].Equal(want) || got[0].Name() != "Secure AI Productivity" {
		t.Errorf("Suggest(%q, 1) = %v, want [%v], the latest view", "Teamwork Deploymant", got, want)
	}
}

// TestSuggestAgreesWithLookup proves that Suggest uses Lookup's
// normalisation: every name of every entry, and forms of it Lookup also
// accepts, suggest that entry first.
func TestSuggestAgreesWithLookup(t *testing.T) {
	c := catalog.Default()
	for s := range c.All() {
		names := append([]string{string(s.ID()), s.Name(), s.ChineseName()}, slices.Collect(s.Aliases())...)
		for _, name := range names {
			for _, form := range []string{name, strings.ToUpper(name), "Microsoft " + strings.ReplaceAll(name, " ", "-")} {
				if form == "" || form == "Microsoft " {
					continue
				}
				found, _ := c.Lookup(form)
				if got := c.Suggest(form, 1); len(got) != 1 || got[0].ID() != s.ID() || !got[0].Equal(found) {
					t.Errorf("CAT-3 Suggest(%q, 1) = %q, want [%s] as Lookup finds it", form, ids(slices.Values(got)), s.ID())
				}
			}
		}
	}
}

// TestSuggestCustomCatalog proves ties keep catalog order, in a catalog of
// one's own.
func TestSuggestCustomCatalog(t *testing.T) {
	c, err := catalog.New(validDef("bbbb", "Bbbb"), validDef("aaab", "Aaab"), validDef("aaba", "Aaba"))
	if err != nil {
		t.Fatal(err)
	}
	// "aaaa" is one edit from "aaab" and "aaba" (0.25), two from "bbbb" (0.5, out of reach).
	want := []specialization.ID{"aaab", "aaba"}
	if diff := cmp.Diff(want, ids(slices.Values(c.Suggest("aaaa", 5)))); diff != "" {
		t.Errorf("Suggest(aaaa, 5): ties in catalog order (-want +got):\n%s", diff)
	}
}

// FuzzSuggest checks, for any input and count: Suggest never panics; it
// gives at most n distinct entries of the catalog, the same on every call;
// and a name Lookup finds is suggested first.
func FuzzSuggest(f *testing.F) {
	c := catalog.Default()
	for _, seed := range []string{"Analitics on Azure", "Teams", "云安", "Microsoft", "", "\xff", "aaaa"} {
		f.Add(seed, 3)
	}
	f.Add("Kubernetes", 0)
	f.Add("cloud security", 50)
	f.Fuzz(func(t *testing.T, in string, n int) {
		n %= 64
		got := c.Suggest(in, n)
		if len(got) > max(n, 0) {
			t.Fatalf("Suggest(%q, %d) gave %d entries", in, n, len(got))
		}
		seen := map[specialization.ID]bool{}
		for _, s := range got {
			if latest, ok := c.Get(s.ID()); !ok || !latest.Equal(s) || seen[s.ID()] {
				t.Fatalf("Suggest(%q, %d) = %q: want distinct latest views of catalog entries", in, n, ids(slices.Values(got)))
			}
			seen[s.ID()] = true
		}
		if again := c.Suggest(in, n); !slices.EqualFunc(got, again, specialization.Specialization.Equal) {
			t.Fatalf("Suggest(%q, %d) differs between two calls", in, n)
		}
		if s, ok := c.Lookup(in); ok && n > 0 && (len(got) == 0 || got[0].ID() != s.ID()) {
			t.Fatalf("Lookup(%q) = %s but Suggest gives %q", in, s.ID(), ids(slices.Values(got)))
		}
	})
}
