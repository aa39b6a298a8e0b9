package benefits

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// TestCapHistory checks the cap data against RULES.md (BEN-2 and the EDN
// table's caps row): the base caps once per category with the seed as
// source, then the dated changes in date order, each with its source and
// its reported and inferred marks (EDN-1, EDN-8).
func TestCapHistory(t *testing.T) {
	rows := capHistory()
	type row struct {
		On                 string
		Category           specialization.Category
		Cap                int
		Reported, Inferred bool
		Source             string
	}
	var got []row
	for _, r := range rows {
		got = append(got, row{r.on.String(), r.category, r.cap, r.reported, r.inferred, r.source})
	}
	const seed = "Specializations overview (seed), BEN-2"
	want := []row{
		{"", specialization.CategoryAzure, 5, false, false, seed},
		{"", specialization.CategoryBusinessApplications, 1, false, false, seed},
		{"", specialization.CategoryModernWork, 3, false, false, seed},
		{"", specialization.CategorySecurity, 3, false, false, seed},
		{"2026-07-01", specialization.CategoryBusinessApplications, 3, true, true,
			"reports quoting Microsoft Learn \"Introduction to Solutions Partner designations\", 2026-08-05"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("EDN-1 capHistory() (-want +got):\n%s", diff)
	}
	var prev date.Date
	for i, r := range rows {
		if r.on.Before(prev) {
			t.Errorf("EDN-1 capHistory()[%d] dated %v, before the row above (%v)", i, r.on, prev)
		}
		if !r.category.Valid() || r.cap < 0 || r.source == "" {
			t.Errorf("EDN-1 capHistory()[%d] = %+v: invalid category, negative cap or no source", i, r)
		}
		prev = r.on
	}
}

func TestRaisedOn(t *testing.T) {
	d := date.MustParse
	ba := specialization.CategoryBusinessApplications
	tests := []struct {
		name     string
		cat      specialization.Category
		n        int
		from, to date.Date
		want     date.Date
	}{
		{"EDN-7 rank 2 let in by the 2026-07-01 raise", ba, 2, d("2026-03-01"), d("2026-10-01"), d("2026-07-01")},
		{"EDN-7 rank 3 let in by the same raise", ba, 3, d("2026-03-01"), d("2026-07-01"), d("2026-07-01")},
		{"EDN-7 no raise before the as-of date", ba, 2, d("2026-03-01"), d("2026-06-30"), date.Date{}},
		{"EDN-7 a raise on the from day itself is not after it", ba, 2, d("2026-07-01"), d("2026-10-01"), date.Date{}},
		{"EDN-7 no raise reaches rank 4", ba, 4, d("2026-03-01"), d("2026-10-01"), date.Date{}},
		{"EDN-7 Security was never raised", specialization.CategorySecurity, 4, d("2020-01-01"), d("2030-01-01"), date.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := raisedOn(tt.cat, tt.n, tt.from, tt.to)
			if got != tt.want || ok != !tt.want.IsZero() {
				t.Errorf("raisedOn(%v, %d, %v, %v) = %v, %v; want %v", tt.cat, tt.n, tt.from, tt.to, got, ok, tt.want)
			}
		})
	}
}
