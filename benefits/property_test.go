package benefits_test

import (
	"errors"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// randomCase returns a random, valid input: every test item, those with
// editions included, held in zero to three periods one after the other on
// days it is offered, dates on a coarse grid so that same-day ties are
// common, random designations, caps and membership end, and a designation
// day up to four years before the year of the as-of date (29 February
// among them).
func randomCase(r *rand.Rand) (benefits.Partner, []benefits.Holding, benefits.Caps, date.Date) {
	da := day("2025-01-01").AddDays(r.IntN(1000))
	if r.IntN(8) == 0 {
		da = day("2024-02-29")
	}
	asOf := da.AddDays(r.IntN(366) + 365*r.IntN(4))
	p := benefits.Partner{
		Designations:           specialization.DesignationSet(r.UintN(256)),
		BenefitsPurchased:      r.IntN(10) > 0,
		DesignationAnniversary: da,
	}
	if r.IntN(2) == 0 {
		p.Designations = allDesignations
	}
	if r.IntN(3) == 0 {
		p.MembershipEnds = asOf.AddDays(r.IntN(500) - 150)
	}
	var caps benefits.Caps
	if r.IntN(2) == 0 {
		caps = benefits.Caps{}
		for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
			if r.IntN(5) > 0 {
				caps[cat] = r.IntN(5)
			}
		}
	}
	var hs []benefits.Holding
	for _, d := range slices.Concat(testDefinitions, editionDefinitions) {
		hs = appendPeriods(r, hs, item(string(d.ID)), asOf.AddDays(-30*r.IntN(40)), asOf)
	}
	return p, hs, caps, asOf
}

// appendPeriods appends up to three consecutive holdings of s, the first
// earned on from, none earned after asOf or on a day s is not offered.
func appendPeriods(r *rand.Rand, hs []benefits.Holding, s specialization.Specialization, from, asOf date.Date) []benefits.Holding {
	earned := from
	for n := r.IntN(4); n > 0 && !earned.After(asOf) && s.Offered(earned); n-- {
		h := benefits.Holding{Item: s, Earned: earned}
		if r.IntN(2) == 0 {
			h.Lapsed = earned.AddDays(1 + 30*r.IntN(20))
			earned = h.Lapsed.AddDays(30 * r.IntN(3))
		} else {
			n = 0
		}
		hs = append(hs, h)
	}
	return hs
}

func capOf(caps benefits.Caps, asOf date.Date, cat specialization.Category) int {
	if caps == nil {
		caps = benefits.PublishedCaps(asOf)
	}
	return caps[cat]
}

// checkInvariants checks what holds for every allocation: caps never
// exceeded (BEN-2), ranks 1..Used in each category, Used+Remaining = cap,
// availability through the next anniversary or the membership end (INT-8),
// and nothing without purchase or after the membership end (INT-9).
func checkInvariants(t *testing.T, p benefits.Partner, hs []benefits.Holding, caps benefits.Caps,
	asOf date.Date, a benefits.Allocation) {
	t.Helper()
	gs := a.Grants()
	if len(gs) != len(hs) {
		t.Fatalf("len(Grants()) = %d, want %d", len(gs), len(hs))
	}
	ranks := map[specialization.Category][]bool{}
	for i, g := range gs {
		if diff := cmp.Diff(hs[i], g.Holding); diff != "" {
			t.Errorf("Grants()[%d].Holding not the input's (-want +got):\n%s", i, diff)
		}
		checkReason(t, g.Reason)
		if !g.Granted {
			if g.Rank != 0 || !g.Through.IsZero() {
				t.Errorf("INT-9 withheld Grants()[%d] has Rank %d, Through %v; want 0 and zero", i, g.Rank, g.Through)
			}
			continue
		}
		checkGranted(t, p, asOf, g)
		cat := g.Holding.Item.Category()
		if ranks[cat] == nil {
			ranks[cat] = make([]bool, capOf(caps, asOf, cat)+1)
		}
		if g.Rank < 1 || g.Rank >= len(ranks[cat]) || ranks[cat][g.Rank] {
			t.Errorf("BEN-2 Grants()[%d] has rank %d of %d, out of range or taken twice", i, g.Rank, capOf(caps, asOf, cat))
			continue
		}
		ranks[cat][g.Rank] = true
	}
	for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
		used, rem, limit := a.Used(cat), a.Remaining(cat), capOf(caps, asOf, cat)
		if used < 0 || rem < 0 || used+rem != limit {
			t.Errorf("BEN-2 %v: Used %d, Remaining %d, want both >= 0 adding up to cap %d", cat, used, rem, limit)
		}
		taken := 0
		for _, ok := range ranks[cat] {
			if ok {
				taken++
			}
		}
		if taken != used {
			t.Errorf("BEN-2 %v: %d holdings granted, Used = %d", cat, taken, used)
		}
	}
}

var dateText = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// checkReason checks that a reason has a clause and both sentences, that
// the Chinese one uses full-width punctuation, and that both give the same
// dates (in their own word order).
func checkReason(t *testing.T, r benefits.Reason) {
	t.Helper()
	if r.Clause == "" || r.Text == "" || r.Chinese == "" {
		t.Errorf("Reason %+v: empty clause or sentence", r)
	}
	if strings.ContainsAny(r.Chinese, ",;:()") {
		t.Errorf("Reason.Chinese %q has half-width punctuation", r.Chinese)
	}
	if diff := cmp.Diff(dateText.FindAllString(r.Text, -1), dateText.FindAllString(r.Chinese, -1),
		cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("Reason %+v: the two sentences give different dates (-Text +Chinese):\n%s", r, diff)
	}
}

// checkGranted checks one granted benefit against the prerequisites and the
// availability rule.
func checkGranted(t *testing.T, p benefits.Partner, asOf date.Date, g benefits.Grant) {
	t.Helper()
	end := p.MembershipEnds
	if !p.BenefitsPurchased || (!end.IsZero() && asOf.After(end)) {
		t.Errorf("INT-9 granted %v without purchase or after the membership end", g.Holding)
	}
	if !p.Designations.Intersects(g.Holding.Item.On(asOf).Designations()) {
		t.Errorf("INT-9 granted %v without an aligned designation", g.Holding)
	}
	if !g.Through.After(asOf) && g.Through != end || g.Through.After(asOf.AddDays(366)) ||
		(!end.IsZero() && g.Through.After(end)) {
		t.Errorf("INT-8 granted %v through %v: not after the as-of date %v, or past the year or membership",
			g.Holding, g.Through, asOf)
	}
	if g.Through != end && !isAnniversary(p.DesignationAnniversary, g.Through) {
		t.Errorf("INT-2 granted %v through %v: no anniversary of the designation day %v",
			g.Holding, g.Through, p.DesignationAnniversary)
	}
}

// isAnniversary reports whether d falls on an anniversary of first by
// RULES INT-2: the same month and day, or 28 February in a common year for
// a first day of 29 February.
func isAnniversary(first, d date.Date) bool {
	if d.Month() == first.Month() && d.Day() == first.Day() {
		return true
	}
	return first.Month() == time.February && first.Day() == 29 &&
		d.Month() == time.February && d.Day() == 28 && d.AddDays(1).Month() == time.March
}

func TestPropertyInvariants(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2026))
	for range 500 {
		p, hs, caps, asOf := randomCase(r)
		a, err := benefits.Allocate(p, hs, caps, asOf)
		if err != nil {
			t.Fatalf("Allocate(%+v, %v, %v, %v) error: %v", p, hs, caps, asOf, err)
		}
		checkInvariants(t, p, hs, caps, asOf, a)
	}
}

func TestPropertyInputOrderIndependent(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 2026))
	for range 300 {
		p, hs, caps, asOf := randomCase(r)
		a, err := benefits.Allocate(p, hs, caps, asOf)
		if err != nil {
			t.Fatalf("Allocate(...) error: %v", err)
		}
		want := a.Grants()
		for range 4 {
			perm := r.Perm(len(hs))
			shuffled := make([]benefits.Holding, len(hs))
			for i, j := range perm {
				shuffled[i] = hs[j]
			}
			b, err := benefits.Allocate(p, shuffled, caps, asOf)
			if err != nil {
				t.Fatalf("Allocate(shuffled) error: %v", err)
			}
			got := make([]benefits.Grant, len(hs))
			for i, g := range b.Grants() {
				got[perm[i]] = g
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("INT-8 the grants depend on the input order (-want +got):\n%s", diff)
			}
		}
	}
}

// TestPropertyLaterItemNeverDisplaces checks that an item earned on the
// as-of date only takes a free slot (INT-8): every grant made before stays.
func TestPropertyLaterItemNeverDisplaces(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 2026))
	checked := 0
	for range 300 {
		p, hs, caps, asOf := randomCase(r)
		a, err := benefits.Allocate(p, hs, caps, asOf)
		if err != nil {
			t.Fatalf("Allocate(...) error: %v", err)
		}
		before := a.Grants()
		extra := benefits.Holding{Item: item("threat-protection"), Earned: asOf}
		b, err := benefits.Allocate(p, append(hs[:len(hs):len(hs)], extra), caps, asOf)
		if errors.Is(err, benefits.ErrOverlap) { // threat-protection already held that day
			if _, err := a.WhatIf(benefits.Holding{Item: extra.Item}); !errors.Is(err, benefits.ErrOverlap) {
				t.Errorf("INT-8 WhatIf(%v) error = %v, want ErrOverlap as Allocate gives", extra, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("Allocate(... + %v) error: %v", extra, err)
		}
		checked++
		if diff := cmp.Diff(before, b.Grants()[:len(hs)]); diff != "" {
			t.Fatalf("INT-8 an item earned on the as-of date changed earlier grants (-want +got):\n%s", diff)
		}
		g, err := a.WhatIf(benefits.Holding{Item: extra.Item})
		if err != nil {
			t.Fatalf("WhatIf(%v) error: %v", extra, err)
		}
		if diff := cmp.Diff(b.Grants()[len(hs)], g); diff != "" {
			t.Errorf("INT-8 WhatIf differs from Allocate with the holding (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(before, a.Grants()); diff != "" {
			t.Errorf("INT-8 WhatIf changed the allocation (-before +after):\n%s", diff)
		}
	}
	if checked < 100 {
		t.Errorf("INT-8 only %d of 300 random cases could take threat-protection: the property went unchecked", checked)
	}
}
