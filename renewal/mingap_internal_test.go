package renewal

import (
	"testing"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// TestMinGap checks minGap (INT-2, EDN-5): consecutive anniversaries of
// every enrollment day of 2020 to 2031, under both leap-day rules and
// every shift of 0 to 12 months dated 2026-07-30, are at least minGap days
// apart, and the bound is reached.
func TestMinGap(t *testing.T) {
	on := date.MustParse("2026-07-30")
	least := 1 << 30
	for shift := 0; shift <= 12; shift++ {
		def := specialization.Definition{
			ID: "gap", Kind: specialization.KindSpecialization, Category: specialization.CategorySecurity, Name: "Gap",
			Designations: specialization.Designations(specialization.DesignationSecurity),
			Validation:   specialization.ValidationAudit,
		}
		if shift > 0 {
			def.Changes = []specialization.Change{{On: on, ShiftMonths: shift, Source: "test"}}
		}
		item, err := specialization.New(def)
		if err != nil {
			t.Fatal(err)
		}
		for _, mar1 := range []bool{false, true} {
			for e := date.MustParse("2020-01-01"); e.Before(date.MustParse("2032-01-01")); e = e.AddDays(1) {
				prev := e
				for n := 1; n <= 12; n++ {
					_, day := anniversaryOf(item, e, n, mar1)
					if gap := day.DaysSince(prev); gap < least {
						least = gap
						if gap < minGap {
							t.Fatalf("enrolled %v, shift %d, mar1 %v: anniversary %d on %v is %d days after %v, below minGap %d",
								e, shift, mar1, n, day, gap, prev, minGap)
						}
					}
					prev = day
				}
			}
		}
	}
	if least != minGap {
		t.Errorf("the least gap is %d days, want minGap %d exactly", least, minGap)
	}
}
