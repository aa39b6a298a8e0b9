package benefits

import (
	"fmt"

	"github.com/partnerkit/specializations/specialization"
)

// Caps maps each category to the number of its specializations and expert
// programs that may bring benefits in one designation year (RULES BEN-2).
// Caps are data, so a caller can apply another table than the published
// one. A nil Caps means DefaultCaps(); a category missing from a non-nil
// Caps has cap 0 (nothing in it brings a benefit). A cap must be zero or
// more, and every key must be a valid Category.
type Caps map[specialization.Category]int

// DefaultCaps returns the published caps (RULES BEN-2): Azure 5 (Azure
// Expert MSP, an Azure-category expert program, counts there), Business
// Applications 1, Modern Work 3, Security 3. Each call returns a fresh map
// that the caller may change.
func DefaultCaps() Caps {
	return Caps{
		specialization.CategoryAzure:                5,
		specialization.CategoryBusinessApplications: 1,
		specialization.CategoryModernWork:           3,
		specialization.CategorySecurity:             3,
	}
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
// allocation reads no map and keeps nothing of the caller's.
func (c Caps) table() (perCategory, error) {
	if c == nil {
		c = DefaultCaps()
	}
	var t perCategory
	for cat := specialization.CategoryAzure; cat <= specialization.CategorySecurity; cat++ {
		if c[cat] < 0 {
			return t, fmt.Errorf("benefits: cap %d for %v: %w", c[cat], cat, ErrInvalidCap)
		}
		t[cat] = c[cat]
	}
	if bad, ok := c.invalidKey(); ok {
		return t, fmt.Errorf("benefits: cap %d for %v: %w", c[bad], bad, ErrInvalidCap)
	}
	return t, nil
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
