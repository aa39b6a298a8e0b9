package renewal

import "github.com/partnerkit/specializations/date"

// Advance walks e forward through its cycles and returns the decision for
// the cycle current on asOf (RULES INT-10, INT-5, EDN-3). From the cycle
// under review on, it asks evidence for what the partner achieved for each
// cycle and evaluates it as of asOf: a renewed cycle whose next window has
// opened by asOf (Decision.Behind) is stored (Decision.Next) and the walk
// goes on to the next cycle; any other decision ends the walk and is
// returned. So a cycle without sufficient evidence lapses at its deadline
// and the walk stops there, lapsed for good (INT-5); a cycle whose window
// has not opened, or is open, is the current one; and from the entry's
// retirement day the walk ends with a retired decision, or a lapsed one
// for a cycle that lapsed before the retirement (EDN-3). The returned
// Decision's Next is the enrollment to store.
//
// evidence is called once per cycle walked, in order, with that cycle; a
// nil evidence means no evidence for any cycle. Evidence dated after asOf
// does not count, as for Evaluate.
//
// Example: an Analytics on Microsoft Azure enrollment of 2025-01-01
// stored with Renewed 0, asked about on 2027-03-01, with evidence that
// renews the 2026-01-01 cycle but no audit for 2027-01-01: Advance stores
// the first renewal and returns the 2027-01-01 cycle, lapsed since its
// deadline 2027-01-31 passed (see the package example).
//
// Errors: those of Evaluate, for e as given or for an enrollment the walk
// stored.
func (p Policy) Advance(e Enrollment, asOf date.Date, evidence func(Cycle) Evidence) (Decision, error) {
	for {
		// The decision without evidence names the cycle under review and
		// reports every error; then that cycle's evidence decides.
		d, err := p.Evaluate(e, Evidence{}, asOf)
		if err != nil {
			return Decision{}, err
		}
		if evidence != nil {
			if d, err = p.Evaluate(e, evidence(d.Cycle), asOf); err != nil {
				return Decision{}, err
			}
		}
		if !d.Behind {
			return d, nil
		}
		e = d.Next()
	}
}
