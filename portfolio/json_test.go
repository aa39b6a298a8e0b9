package portfolio_test

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	sp "github.com/partnerkit/specializations/specialization"
)

// TestJSONRoundTrip: the input types a service stores hold entries by ID,
// so they read back what they write, every field set or zero.
func TestJSONRoundTrip(t *testing.T) {
	full := portfolio.Holding{ID: "cloud-security", Enrolled: day("2024-09-10"), Renewed: 1,
		Evidence: renewal.Evidence{QualifiedOn: day("2026-01-20"), ValidatedOn: day("2026-02-01")}, Ended: day("2027-01-01")}
	t.Run("Holding", func(t *testing.T) {
		for _, in := range []portfolio.Holding{{}, full} {
			if diff := cmp.Diff(in, roundTrip(t, in)); diff != "" {
				t.Errorf("Holding round trip (-want +got):\n%s", diff)
			}
		}
	})
	t.Run("Partner", func(t *testing.T) {
		p := partner(full, portfolio.Holding{ID: "sales", Enrolled: day("2025-12-15")})
		p.MembershipEnds = day("2028-06-30")
		for _, in := range []portfolio.Partner{{}, p} {
			if diff := cmp.Diff(in, roundTrip(t, in)); diff != "" {
				t.Errorf("Partner round trip (-want +got):\n%s", diff)
			}
		}
	})
	t.Run("Planner without its catalog", func(t *testing.T) {
		in := portfolio.New(catalog.Catalog{})
		in.Caps = benefits.Caps{sp.CategoryAzure: 5, sp.CategorySecurity: 2}
		in.Policy.LeapDay = renewal.LeapDayMar1
		if diff := cmp.Diff(in, roundTrip(t, in), cmp.Comparer(func(a, b catalog.Catalog) bool { return a == b })); diff != "" {
			t.Errorf("Planner round trip (-want +got):\n%s", diff)
		}
	})
}

var update = flag.Bool("update", false, "rewrite testdata/status.json from the current output")

// demo is the partner of the planner's demo portfolio
// (examples/planner/testdata/demo.json): renewal, lapsed, retired,
// carried-over and expert-program holdings as of 2026-11-24.
func demo() portfolio.Partner {
	q := func(on string) renewal.Evidence { return renewal.Evidence{QualifiedOn: day(on)} }
	return portfolio.Partner{
		Designations: sp.Designations(sp.DesignationDataAndAI, sp.DesignationInfrastructure, sp.DesignationBusinessApplications,
			sp.DesignationModernWork, sp.DesignationSecurity),
		BenefitsPurchased: true,
		FirstDesignated:   day("2025-07-01"),
		MembershipEnds:    day("2028-06-30"),
		Holdings: []portfolio.Holding{
			{ID: "analytics-on-microsoft-azure", Enrolled: day("2025-01-01"), Renewed: 1, Evidence: q("2026-11-20")},
			{ID: "kubernetes", Enrolled: day("2021-03-15"), Renewed: 5},
			{ID: "azure-expert-msp", Enrolled: day("2023-05-01")},
			{ID: "windows-server-sql-server-migration", Enrolled: day("2021-05-17"), Renewed: 5},
			{ID: "sales", Enrolled: day("2025-12-15"), Evidence: q("2026-11-01")},
			{ID: "agentic-business-solutions", Enrolled: day("2026-08-20")},
			{ID: "calling-for-microsoft-teams", Enrolled: day("2024-09-01"), Renewed: 1, Evidence: q("2026-08-01")},
			{ID: "calling-for-microsoft-teams", Enrolled: day("2026-11-10")},
			{ID: "information-protection-and-governance", Enrolled: day("2025-01-01"), Renewed: 1},
			{ID: "threat-protection", Enrolled: day("2024-04-10"), Renewed: 2},
		},
	}
}

// TestStatusJSON pins the JSON of the demo partner's Status: lowerCamelCase
// keys, every key present, entries as IDs (decision, grant and holding
// alike), dates as YYYY-MM-DD and "" for none. Run with -update to rewrite
// testdata/status.json after an intended change, and read the diff.
func TestStatusJSON(t *testing.T) {
	st, err := portfolio.New(catalog.Default()).Status(demo(), day("2026-11-24"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	const golden = "testdata/status.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("json.Marshal(Status) (-want +got):\n%s", diff)
	}
}

// TestJSONRefused: the answers hold entries, written as IDs; only a
// catalog turns an ID back into an entry, so decoding them is an error
// wrapping specialization.ErrNotDecodable, never a value with empty
// entries.
func TestJSONRefused(t *testing.T) {
	pl := portfolio.New(catalog.Default())
	st, evs, err := pl.Plan(demo(), day("2026-11-24"), day("2027-11-24"))
	if err != nil {
		t.Fatal(err)
	}
	pr, err := pl.WhatIf(demo(), "cloud-security", day("2027-08-01"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   any
		into any
	}{
		{"Status", st, new(portfolio.Status)},
		{"HoldingStatus", st.Holdings[0], new(portfolio.HoldingStatus)},
		{"Event", evs[0], new(portfolio.Event)},
		{"Event of a designation anniversary, without an entry",
			portfolio.Event{Date: day("2027-07-01"), Kind: portfolio.EventDesignationAnniversary, Holding: -1}, new(portfolio.Event)},
		{"Prospect", pr, new(portfolio.Prospect)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, tt.into); !errors.Is(err, sp.ErrNotDecodable) {
				t.Errorf("json.Unmarshal(%.80s…) error = %v, want one wrapping ErrNotDecodable", b, err)
			}
		})
	}
}
