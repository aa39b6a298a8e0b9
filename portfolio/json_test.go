package portfolio_test

import (
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
