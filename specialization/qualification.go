package specialization

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// Measure names a figure a partner reports: a lower-case slug such as
// "ai-acr-usd-monthly-avg" or "customers", or "certified:" followed by an
// exam code in upper-case letters and digits ("certified:SC-200"), counting
// the individuals who hold that certification.
type Measure string

// Valid reports whether m is a slug (as ID.Valid) or "certified:" with an
// exam code of upper-case letters and digits in words joined by hyphens.
func (m Measure) Valid() bool {
	if code, ok := strings.CutPrefix(string(m), "certified:"); ok {
		return examCode(code)
	}
	return ID(m).Valid()
}

func examCode(s string) bool {
	if len(s) == 0 || len(s) > 32 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' && s[i-1] != '-') {
			return false
		}
	}
	return true
}

// Units a Threshold may be expressed in.
const (
	UnitUSD         = "USD"
	UnitCustomers   = "customers"
	UnitIndividuals = "individuals"
	UnitMAU         = "MAU"
)

// Threshold is one published minimum: the partner meets it when its figure
// for Measure is at least Min.
type Threshold struct {
	Measure Measure         `json:"measure"`
	Min     decimal.Decimal `json:"min"`  // non-negative
	Unit    string          `json:"unit"` // UnitUSD, UnitCustomers, UnitIndividuals or UnitMAU
	Text    string          `json:"text"` // the published wording
}

// Equal reports whether t and o are the same threshold; Min is compared by
// value (2000 equals 2000.00).
func (t Threshold) Equal(o Threshold) bool {
	return t.Measure == o.Measure && t.Min.Equal(o.Min) && t.Unit == o.Unit && t.Text == o.Text
}

// Qualification holds published qualification thresholds (RULES ENR-1,
// REN-3): every group must hold, and within a group any one threshold
// suffices (Threat Protection: MAU growth OR Sentinel revenue). An empty
// Qualification means no figures are published in this catalog, never that
// nothing is required.
type Qualification [][]Threshold

// ErrInvalidQualification reports a threshold that Validate rejects.
var ErrInvalidQualification = errors.New("invalid qualification")

// Validate reports an error wrapping ErrInvalidQualification for an empty
// group, an invalid Measure, an unknown Unit, or a negative Min; groups and
// thresholds are numbered from 1 in the message: `specialization: group 1
// threshold 2: measure "customers": unknown unit "EUR": invalid
// qualification`.
func (q Qualification) Validate() error {
	if reason := q.validate(); reason != "" {
		return fmt.Errorf("specialization: %s: %w", reason, ErrInvalidQualification)
	}
	return nil
}

// validate returns what is wrong with q, "" when nothing is: the words of
// Validate's message and of New's DefinitionError, which add their own
// prefix and sentinel.
func (q Qualification) validate() string {
	for i, g := range q {
		if len(g) == 0 {
			return fmt.Sprintf("group %d is empty", i+1)
		}
		for j, t := range g {
			at := fmt.Sprintf("group %d threshold %d", i+1, j+1)
			switch {
			case !t.Measure.Valid():
				return fmt.Sprintf("%s: measure %q is not a slug", at, t.Measure)
			case !knownUnit(t.Unit):
				return fmt.Sprintf("%s: measure %q: unknown unit %q", at, t.Measure, t.Unit)
			case t.Min.Sign() < 0:
				return fmt.Sprintf("%s: measure %q: negative minimum %s", at, t.Measure, t.Min)
			}
		}
	}
	return ""
}

func knownUnit(u string) bool {
	switch u {
	case UnitUSD, UnitCustomers, UnitIndividuals, UnitMAU:
		return true
	}
	return false
}

// Equal reports whether q and o hold the same thresholds in the same groups
// and order.
func (q Qualification) Equal(o Qualification) bool {
	return slices.EqualFunc(q, o, func(a, b []Threshold) bool {
		return slices.EqualFunc(a, b, Threshold.Equal)
	})
}

// clone deep-copies q (decimal.Decimal values are immutable); nil stays nil.
func (q Qualification) clone() Qualification {
	if q == nil {
		return nil
	}
	c := make(Qualification, len(q))
	for i, g := range q {
		c[i] = slices.Clone(g)
	}
	return c
}

// QualificationReport is the result of Qualification.Check.
type QualificationReport struct {
	Met        bool        `json:"met"`        // every group holds
	Shortfalls []Shortfall `json:"shortfalls"` // one per unmet group, in group order
	// Unknown lists the measures present in the figures that no threshold
	// of the Qualification names, in ascending byte order; nil when there
	// are none. They do not count towards Met.
	Unknown []Measure `json:"unknown"`
}

// Shortfall reports an unmet group by the alternative nearest to being met.
type Shortfall struct {
	Threshold Threshold       `json:"threshold"`
	Have      decimal.Decimal `json:"have"`  // the partner's figure (zero when missing)
	Short     decimal.Decimal `json:"short"` // Min - Have, exact; always > 0
}

// Check compares the partner's figures with q. A measure missing from have
// counts as zero. Met is true when every group has a threshold with
// have >= Min; Shortfalls holds, for each other group in group order, the
// alternative whose shortfall is smallest relative to its Min (the first
// such in the group on a tie), with Short = Min - Have computed exactly in
// decimal: USD 1,999.99 against 2,000 is short by 0.01.
//
// Measures are matched exactly, case included, so Check never guesses what
// a figure was meant to be. Unknown lists every measure of have that no
// threshold of q names: a misspelt "certified:sc-200" shows up there, while
// the real "certified:SC-200" counts as zero and is reported short. Unknown
// is about q alone: figures kept for other entries are listed too (check
// them against the Measure constants of this package), and an empty q
// knows no measure at all.
//
// Figures are taken as given: a negative figure (which no real measure has)
// meets no threshold with a Min of zero or more and is reported with its
// Short larger than Min: Have -5 against Min 10 is short by 15. Check does
// not validate q (a Qualification built by New or checked with Validate has
// neither of these): a negative Min is met by any figure at or above it, an
// alternative whose Min is not positive ranks after every other, and an
// empty group has nothing to fall short of and is skipped. An empty
// Qualification reports Met: nothing is published to fall short of, which is
// not the same as nothing being required; tell the two apart with
// len(q) == 0.
func (q Qualification) Check(have map[Measure]decimal.Decimal) QualificationReport {
	r := QualificationReport{Met: true}
	for _, g := range q {
		if s, unmet := checkGroup(g, have); unmet {
			r.Met = false
			r.Shortfalls = append(r.Shortfalls, s)
		}
	}
	for m := range have {
		if !q.names(m) {
			r.Unknown = append(r.Unknown, m)
		}
	}
	slices.Sort(r.Unknown) // map order is random; the report must not be
	return r
}

// names reports whether a threshold of q measures m.
func (q Qualification) names(m Measure) bool {
	for _, g := range q {
		for _, t := range g {
			if t.Measure == m {
				return true
			}
		}
	}
	return false
}

// checkGroup returns the nearest shortfall and true when no threshold of g
// is met.
func checkGroup(g []Threshold, have map[Measure]decimal.Decimal) (Shortfall, bool) {
	var best Shortfall
	for i, t := range g {
		h := have[t.Measure] // a missing measure is the zero decimal
		if h.Cmp(t.Min) >= 0 {
			return Shortfall{}, false
		}
		s := Shortfall{Threshold: t, Have: h, Short: t.Min.Sub(h)}
		if i == 0 || relativelyLess(s, best) {
			best = s
		}
	}
	return best, len(g) > 0
}

// relativelyLess reports whether a.Short/a.Min < b.Short/b.Min, comparing
// a.Short*b.Min with b.Short*a.Min so that no division rounds. A zero Min
// (reachable only by a negative figure) ranks as infinitely far.
func relativelyLess(a, b Shortfall) bool {
	aMin, bMin := a.Threshold.Min, b.Threshold.Min
	switch {
	case aMin.Sign() <= 0:
		return false
	case bMin.Sign() <= 0:
		return true
	}
	return a.Short.Mul(bMin).Cmp(b.Short.Mul(aMin)) < 0
}

// Equal reports whether r and o report the same result, decimals compared
// by value and Unknown in order (nil and empty alike).
func (r QualificationReport) Equal(o QualificationReport) bool {
	return r.Met == o.Met && slices.EqualFunc(r.Shortfalls, o.Shortfalls, Shortfall.Equal) &&
		slices.Equal(r.Unknown, o.Unknown)
}

// Equal reports whether s and o are the same shortfall, decimals compared
// by value.
func (s Shortfall) Equal(o Shortfall) bool {
	return s.Threshold.Equal(o.Threshold) && s.Have.Equal(o.Have) && s.Short.Equal(o.Short)
}
