package benefits

import (
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// The sources the cap history cites.
const (
	seedCapsSource = "Specializations overview (seed), BEN-2"
	capsRaise2026  = "reports quoting Microsoft Learn \"Introduction to Solutions Partner designations\", 2026-08-05"
)

// capHistory returns the published benefit caps (RULES BEN-2, EDN-7): the
// base caps, then every dated change in date order, one row per category
// changed. Data only: the rules that read it are in caps.go.
func capHistory() [5]capRow {
	return [...]capRow{
		// The seed's cap table.
		{category: specialization.CategoryAzure, cap: 5, source: seedCapsSource},
		{category: specialization.CategoryBusinessApplications, cap: 1, source: seedCapsSource},
		{category: specialization.CategoryModernWork, cap: 3, source: seedCapsSource},
		{category: specialization.CategorySecurity, cap: 3, source: seedCapsSource},
		// Business Applications 1 → 3; no source gives the day, so 1 July
		// of the year of the earliest report (EDN-8).
		{on: date.MustParse("2026-07-01"), category: specialization.CategoryBusinessApplications, cap: 3,
			reported: true, inferred: true, source: capsRaise2026},
	}
}
