package renewal

import (
	"testing"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/anniversary"
	"github.com/partnerkit/specializations/specialization"
)

// TestFirstReviewedEveryDay checks firstReviewed's estimate against a plain
// count of the anniversaries before ReviewsFrom (RULES INT-4), for every
// enrollment day of the 35 years before, under both leap-day rules and for
// ReviewsFrom days around leap days, year ends and century years.
func TestFirstReviewedEveryDay(t *testing.T) {
	item, err := specialization.New(specialization.Definition{ID: "x", Kind: specialization.KindSpecialization,
		Category: specialization.CategoryAzure, Name: "X", Designations: specialization.Designations(specialization.DesignationDataAndAI),
		Validation: specialization.ValidationAudit})
	if err != nil {
		t.Fatal(err)
	}
	// 1904 and 2104 look back over 1900 and 2100, which have no 29 February.
	for _, rf := range []string{"2023-02-01", "2024-02-29", "2024-03-01", "2023-12-31", "2024-01-01", "2000-02-29",
		"1904-03-01", "2104-02-29", "2101-01-01"} {
		for _, mar1 := range []bool{false, true} {
			s := schedule{item: item, reviewsFrom: date.MustParse(rf), mar1: mar1}
			for d := s.reviewsFrom.AddMonths(-12 * 35); d.Before(s.reviewsFrom); d = d.AddDays(1) {
				s.enrolled = d
				want := 1
				for anniversary.Nth(d, want, mar1).Before(s.reviewsFrom) {
					want++
				}
				if got := s.firstReviewed(); got != want {
					t.Fatalf("INT-4 enrolled %v, reviews from %s, mar1 %v: firstReviewed = %d, want %d", d, rf, mar1, got, want)
				}
			}
		}
	}
}
