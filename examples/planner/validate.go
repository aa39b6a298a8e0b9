package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// validate checks everything that can be checked without an as-of date
// and resolves names against cat.
func (r rawPortfolio) validate(cat *catalog.Catalog) (portfolio, error) {
	p := portfolio{Partner: strings.TrimSpace(r.Partner), BenefitsPurchased: r.BenefitsPurchased}
	if strings.ContainsFunc(p.Partner, unicode.IsControl) {
		return portfolio{}, fmt.Errorf("partner: %w in %q", errControl, p.Partner)
	}
	var err error
	if p.Designations, err = parseDesignations(r.Designations); err != nil {
		return portfolio{}, err
	}
	if p.DesignationAnniversary, err = parseDate("designationAnniversary", r.DesignationAnniversary, true); err != nil {
		return portfolio{}, err
	}
	if p.MembershipEnds, err = parseDate("membershipEnds", r.MembershipEnds, false); err != nil {
		return portfolio{}, err
	}
	seen := make(map[specialization.ID]int, len(r.Specializations))
	for i, re := range r.Specializations {
		e, err := re.validate(cat)
		if err != nil {
			return portfolio{}, fmt.Errorf("specializations[%d]: %w", i, err)
		}
		if j, dup := seen[e.Item.ID()]; dup {
			return portfolio{}, fmt.Errorf("specializations[%d]: %q is %w (also specializations[%d])", i, e.Name, errDuplicate, j)
		}
		seen[e.Item.ID()] = i
		p.Entries = append(p.Entries, e)
	}
	return p, nil
}

// validate resolves one specialization entry and checks its dates and
// counts against the kind of entry it names.
func (r rawEntry) validate(cat *catalog.Catalog) (entry, error) {
	e := entry{Name: r.Specialization, Renewed: r.Renewed}
	var err error
	if e.Item, err = lookup(cat, r.Specialization); err != nil {
		return entry{}, err
	}
	if e.Enrolled, err = parseDate("enrolled", r.Enrolled, true); err != nil {
		return entry{}, err
	}
	if e.QualifiedOn, err = parseDate("qualifiedOn", r.QualifiedOn, false); err != nil {
		return entry{}, err
	}
	if e.ValidatedOn, err = parseDate("validatedOn", r.ValidatedOn, false); err != nil {
		return entry{}, err
	}
	if e.Lapsed, err = parseDate("lapsed", r.Lapsed, false); err != nil {
		return entry{}, err
	}
	return e, e.check()
}

// check holds the rules between an entry's fields.
func (e entry) check() error {
	name := e.Item.Name()
	switch {
	case e.Renewed < 0:
		return fmt.Errorf("renewed: %w: %d (anniversaries survived, 0 or more)", errNegative, e.Renewed)
	case e.Item.Kind() == specialization.KindExpertProgram &&
		(e.Renewed != 0 || !e.QualifiedOn.IsZero() || !e.ValidatedOn.IsZero()):
		return fmt.Errorf("%s: %w: it has its own yearly audit, not this renewal (REN-1); "+
			"remove renewed, qualifiedOn and validatedOn", name, errExpertEvidence)
	case e.Item.Validation() == specialization.ValidationNone && !e.ValidatedOn.IsZero():
		return fmt.Errorf("validatedOn: %s has %w: it renews on qualification alone (ENR-4, REN-4)", name, errNoValidation)
	case !e.Lapsed.IsZero() && !e.Lapsed.After(e.Enrolled):
		return fmt.Errorf("lapsed: %w: %s is not after enrolled %s", errOrder, e.Lapsed, e.Enrolled)
	}
	return nil
}

// lookup resolves a catalog ID or name, suggesting close names when it
// finds none.
func lookup(cat *catalog.Catalog, name string) (specialization.Specialization, error) {
	if strings.TrimSpace(name) == "" {
		return specialization.Specialization{}, fmt.Errorf("specialization: %w: give a catalog ID or name", errMissing)
	}
	if s, ok := cat.Lookup(name); ok {
		return s, nil
	}
	hint := ""
	if near := suggest(cat, name, 3); len(near) > 0 {
		hint = "; did you mean " + quoteList(near) + "?"
	}
	return specialization.Specialization{}, fmt.Errorf("%w %q%s", errUnknownSpecialization, name, hint)
}

// quoteList writes `"a"`, `"a" or "b"`, `"a", "b" or "c"`.
func quoteList(names []string) string {
	var b strings.Builder
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", n)
	}
	return b.String()
}

// parseDesignations reads slugs or English names, as
// specialization.ParseDesignation accepts them.
func parseDesignations(names []string) (specialization.DesignationSet, error) {
	var ds []specialization.Designation
	for i, n := range names {
		d, err := specialization.ParseDesignation(n)
		if err != nil {
			return 0, fmt.Errorf("designations[%d]: %w %q (want one of %s)", i, errUnknownDesignation, n, designationSlugs())
		}
		ds = append(ds, d)
	}
	return specialization.Designations(ds...), nil
}

func designationSlugs() string {
	var slugs []string
	for d := specialization.DesignationDataAndAI; d <= specialization.DesignationSecurity; d++ {
		t, _ := d.MarshalText()
		slugs = append(slugs, string(t))
	}
	return strings.Join(slugs, ", ")
}

// parseDate reads YYYY-MM-DD; "" is the zero Date unless the field is
// required.
func parseDate(field, s string, required bool) (date.Date, error) {
	if s == "" {
		if required {
			return date.Date{}, fmt.Errorf("%s: %w: want a date YYYY-MM-DD", field, errMissing)
		}
		return date.Date{}, nil
	}
	d, err := date.Parse(s)
	var pe *date.ParseError
	if errors.As(err, &pe) {
		return date.Date{}, fmt.Errorf("%s: %w %q: %w", field, errBadDate, s, pe.Err)
	}
	return d, err
}
