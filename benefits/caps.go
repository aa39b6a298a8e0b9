package benefits

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

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
	if err := c.check(); err != nil {
		return t, false, err
	}
	for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
		t[cat] = c[cat]
	}
	return t, false, nil
}

// check reports the first invalid cap of c: a negative cap, in category
// order, then the smallest key that is no category, so that the error does
// not depend on map iteration order.
func (c Caps) check() error {
	for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
		if c[cat] < 0 {
			return fmt.Errorf("benefits: %d for %v: %w", c[cat], cat, ErrInvalidCap)
		}
	}
	var bad specialization.Category
	found := false
	for cat := range c {
		if !cat.Valid() && (!found || cat < bad) {
			bad, found = cat, true
		}
	}
	if found {
		return fmt.Errorf("benefits: %d for category %d: %w", c[bad], uint8(bad), ErrInvalidCap)
	}
	return nil
}

// MarshalJSON writes c as an object keyed by category slug, in category
// order: {"azure":5,"business-applications":1,"modern-work":3,"security":3}.
// A nil Caps (the published caps of the as-of date) is null, an empty one
// {} (every cap 0). A negative cap or a key that is no category is an
// error wrapping ErrInvalidCap.
func (c Caps) MarshalJSON() ([]byte, error) {
	if c == nil {
		return []byte("null"), nil
	}
	if err := c.check(); err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteByte('{')
	for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
		if n, ok := c[cat]; ok {
			if b.Len() > 1 {
				b.WriteByte(',')
			}
			slug, _ := cat.MarshalText() // a valid category always has one
			fmt.Fprintf(&b, "%q:%d", slug, n)
		}
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// UnmarshalJSON reads what MarshalJSON writes: an object whose keys are
// categories, as slugs or English names the way specialization.
// ParseCategory reads them, and whose values are caps of zero or more;
// null is the nil Caps. It replaces *c with a new map. A key that is no
// category, a category given twice or a negative cap is an error wrapping
// ErrInvalidCap, and leaves *c unchanged.
func (c *Caps) UnmarshalJSON(b []byte) error {
	var raw map[string]int
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("benefits: caps: %w", err)
	}
	if raw == nil {
		*c = nil
		return nil
	}
	caps := make(Caps, len(raw))
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		cat, err := specialization.ParseCategory(k)
		if err != nil || !cat.Valid() {
			return fmt.Errorf("benefits: %d for category %q: %w", raw[k], k, ErrInvalidCap)
		}
		if _, twice := caps[cat]; twice {
			return fmt.Errorf("benefits: %v given twice: %w", cat, ErrInvalidCap)
		}
		caps[cat] = raw[k]
	}
	if err := caps.check(); err != nil {
		return err
	}
	*c = caps
	return nil
}
