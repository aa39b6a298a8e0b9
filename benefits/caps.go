package benefits

import (
	"fmt"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Caps maps each category to the number of its specializations and expert
// programs that may bring benefits in one designation year (RULES BEN-2).
// Caps are data, so a caller can apply another table than the published
// one. A nil Caps means PublishedCaps of the as-of date; a category missing
// from a non-nil Caps has cap 0 (nothing in it brings a benefit). A cap must
// be zero or more, and every key must be a valid Category.
type Caps map[specialization.Category]int

// PublishedCaps returns the caps in force on day on (RULES BEN-2, EDN-7):
// Azure 5 (Azure Expert MSP, an Azure-category expert program, counts
// there), Business Applications 1, Modern Work 3 and Security 3, with
// Business Applications 3 from 2026-07-01. On 2026-06-30 it gives Business
// Applications 1, on 2026-07-01 it gives 3. The zero Date gives the caps
// before any recorded change (BEN-2). Each call returns a fresh map that the
// caller may change.
//
// The history is data with a source per row (caps_data.go); the 2026-07-01
// raise is known from reports quoting Microsoft Learn, and its day is
// inferred under EDN-8.
func PublishedCaps(on date.Date) Caps {
	t := publishedAt(on)
	c := make(Caps, categories)
	for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
		c[cat] = t[cat]
	}
	return c
}

// capRow is one published cap: the cap of one category from day on, and
// where that is published (RULES EDN-1, EDN-8). Rows with a zero on are the
// base caps, in force before any recorded change.
type capRow struct {
	on       date.Date
	category specialization.Category
	cap      int
	reported bool   // known from third-party reports quoting Microsoft
	inferred bool   // on is inferred under EDN-8, not published
	source   string // where it is published or reported, with the page's date
}

// publishedAt returns the caps in force on d: every row of capHistory dated
// on or before d, in date order (RULES EDN-7). It is the one place that
// answers "which caps were in force on day d".
func publishedAt(d date.Date) perCategory {
	var t perCategory
	for _, r := range capHistory() {
		if r.on.After(d) {
			break
		}
		t[r.category] = r.cap
	}
	return t
}

// raisedOn returns the first day after from, and on or before to, on which
// the published cap of cat is at least n: the day a raised cap let in an
// item ranked n (RULES EDN-7). It returns false when no such raise exists.
func raisedOn(cat specialization.Category, n int, from, to date.Date) (date.Date, bool) {
	for _, r := range capHistory() {
		if !r.on.After(from) || r.on.After(to) || r.category != cat {
			continue
		}
		if caps := publishedAt(r.on); caps.at(cat) >= n {
			return r.on, true
		}
	}
	return date.Date{}, false
}

// categories is the number of valid Category values; they run from 1.
const categories = int(specialization.CategorySecurity)

// perCategory holds one count per category, indexed by Category; index 0
// (the invalid zero Category) stays unused. Being an array, it is copied
// with the Allocation and never shared.
type perCategory [categories + 1]int

// at returns the count of cat, or 0 for a value that is no category.
func (t *perCategory) at(cat specialization.Category) int {
	if !cat.Valid() {
		return 0
	}
	return t[cat]
}

// table validates c and returns its caps as an array, so that the
// allocation reads no map and keeps nothing of the caller's. A nil c is the
// published caps in force on asOf, and published reports it.
func (c Caps) table(asOf date.Date) (t perCategory, published bool, err error) {
	if c == nil {
		return publishedAt(asOf), true, nil
	}
	for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
		if c[cat] < 0 {
			return t, false, fmt.Errorf("benefits: cap %d for %v: %w", c[cat], cat, ErrInvalidCap)
		}
		t[cat] = c[cat]
	}
	if bad, ok := c.invalidKey(); ok {
		return t, false, fmt.Errorf("benefits: cap %d for %v: %w", c[bad], bad, ErrInvalidCap)
	}
	return t, false, nil
}

// invalidKey returns the smallest key of c that is no category, so that the
// error does not depend on map iteration order.
func (c Caps) invalidKey() (specialization.Category, bool) {
	var bad specialization.Category
	found := false
	for cat := range c {
		if !cat.Valid() && (!found || cat < bad) {
			bad, found = cat, true
		}
	}
	return bad, found
}
