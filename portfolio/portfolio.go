package portfolio

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/partnerkit/specializations/benefits"
	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/internal/anniversary"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// The kinds of error a caller branches on, short noun phrases. Every error
// of this package wraps one of them, or an error of the package that found
// the fault (renewal, benefits, specialization); the wrapping error gives the
// values, so each message says each thing once and ends with the sentinel:
//
//	portfolio: holding 1 (sales): enrolled 2025-01-10, ended 2025-01-01: end not after enrollment
var (
	// ErrUnknownEntry reports a holding whose ID the planner's catalog does
	// not have.
	ErrUnknownEntry = errors.New("unknown entry")
	// ErrNoDesignationDay reports a first designation day after the as-of
	// day: benefits are provisioned per designation year (RULES INT-8). A
	// partner with no FirstDesignated day at all gets renewal decisions and
	// no benefits allocation (Status.Allocation is zero).
	ErrNoDesignationDay = errors.New("no designation day")
	// ErrNoAsOf reports a zero as-of day or range bound.
	ErrNoAsOf = errors.New("no as-of day")
	// ErrEndedBeforeEnrolled reports a holding whose Ended day is not after
	// its Enrolled day.
	ErrEndedBeforeEnrolled = errors.New("end not after enrollment")
	// ErrNoManualValidation reports evidence of a validation dated on a day
	// the entry had no manual validation (RULES ENR-4, EDN-2): Business
	// Applications entries renew on qualification alone.
	ErrNoManualValidation = errors.New("no manual validation")
	// ErrRange reports an agenda range that ends before it starts.
	ErrRange = errors.New("reversed range")
)

// HoldingError names the holding an error is about, by its position in
// Partner.Holdings and its entry ID. Err is one of this package's
// sentinels wrapped with the values, or the error of the package that
// found the fault, so errors.Is and errors.As see through it.
type HoldingError struct {
	Index int
	ID    specialization.ID
	Err   error
}

// Error reads "portfolio: holding 0 (sales): Renewed -1: invalid
// enrollment". An error from another package is given without its package
// prefix, and without the ID where it names the entry itself:
// "portfolio: holding 0: enrollment sales: renewed 10 times by 2026-01-01,
// after 1 renewal window: more anniversaries survived than windows opened".
func (e *HoldingError) Error() string {
	msg := trimPackage(e.Err.Error())
	if names(msg, string(e.ID)) {
		return "portfolio: holding " + strconv.Itoa(e.Index) + ": " + msg
	}
	return "portfolio: holding " + strconv.Itoa(e.Index) + " (" + string(e.ID) + "): " + msg
}

// Unwrap returns the underlying error.
func (e *HoldingError) Unwrap() error { return e.Err }

// contextError is an error of another package met while doing what context
// says; its message drops the other package's prefix, so that it reads
// "portfolio: what if: entry ..." rather than naming two packages.
type contextError struct {
	context string
	err     error
}

func (e *contextError) Error() string {
	return "portfolio: " + e.context + ": " + trimPackage(e.err.Error())
}

func (e *contextError) Unwrap() error { return e.err }

// trimPackage drops the leading "renewal: " (or another package of this
// module) from an error message.
func trimPackage(msg string) string {
	pkg, rest, ok := strings.Cut(msg, ": ")
	switch {
	case !ok:
		return msg
	case pkg == "renewal", pkg == "benefits", pkg == "specialization", pkg == "catalog", pkg == "date":
		return rest
	}
	return msg
}

// names reports whether msg names id as a word of its own.
func names(msg, id string) bool {
	for i := 0; id != "" && i+len(id) <= len(msg); {
		k := strings.Index(msg[i:], id)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(id)
		if (start == 0 || !idByte(msg[start-1])) && (end == len(msg) || !idByte(msg[end])) {
			return true
		}
		i = end
	}
	return false
}

func idByte(c byte) bool { return c == '-' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// Holding is one enrollment of the partner, as a caller stores it: the
// entry by ID, the day it was earned, how many anniversaries it survived,
// and the evidence for its cycle under review. An entry earned again after
// a lapse is a second Holding.
type Holding struct {
	ID       specialization.ID `json:"id"`       // resolved through the Planner's catalog
	Enrolled date.Date         `json:"enrolled"` // the day the partner earned it
	Renewed  int               `json:"renewed"`  // anniversaries survived (renewal.Enrollment.Renewed)
	Evidence renewal.Evidence  `json:"evidence"` // for the cycle under review
	// Ended is the first day the partner no longer holds it for a reason
	// the rules do not see (given up, or lapsed and recorded as such);
	// zero while the rules decide.
	Ended date.Date `json:"ended"`
}

// Partner is everything the planner needs to know about one partner.
type Partner struct {
	Designations      specialization.DesignationSet `json:"designations"`      // Solutions Partner designations held
	BenefitsPurchased bool                          `json:"benefitsPurchased"` // Solutions Partner benefits bought (RULES BEN-1)
	// FirstDesignated is the day the partner first earned a Solutions
	// Partner designation: its designation anniversaries (INT-2) start the
	// designation years in which benefits are allocated (INT-8). Any later
	// anniversary works too, except that a 28 February one cannot tell
	// that the first day was 29 February. Zero: no benefits allocation.
	FirstDesignated date.Date `json:"firstDesignated"`
	MembershipEnds  date.Date `json:"membershipEnds"` // last day of membership, inclusive; zero: open-ended
	Holdings        []Holding `json:"holdings"`
}

// Planner wires the catalog, the renewal rules and the benefit caps
// together. The zero Planner has an empty catalog and an invalid policy;
// build one with New. Its JSON form holds Policy and Caps; the Catalog is
// code, not data, and is not written.
type Planner struct {
	Catalog catalog.Catalog `json:"-"`
	Policy  renewal.Policy  `json:"policy"`
	// Caps are the benefit caps; nil means the caps published for the
	// as-of day (benefits.PublishedCaps, RULES EDN-7).
	Caps benefits.Caps `json:"caps"`
}

// New returns a Planner over c with the default renewal policy and the
// published caps.
func New(c catalog.Catalog) Planner {
	return Planner{Catalog: c, Policy: renewal.DefaultPolicy()}
}

// designationYear returns the designation anniversary on or before asOf and
// the next one (RULES INT-2, INT-8).
func designationYear(first, asOf date.Date) (from, to date.Date, err error) {
	from, n := anniversary.Last(first, asOf, false)
	if n < 0 {
		return date.Date{}, date.Date{}, fmt.Errorf("portfolio: as of %v, first designated %v: %w", asOf, first, ErrNoDesignationDay)
	}
	return from, anniversary.Nth(first, n+1, false), nil
}

// entry resolves h's ID through the planner's catalog.
func (pl Planner) entry(i int, h Holding) (specialization.Specialization, error) {
	s, ok := pl.Catalog.Get(h.ID)
	if !ok {
		return s, &HoldingError{Index: i, ID: h.ID, Err: ErrUnknownEntry}
	}
	return s, nil
}
