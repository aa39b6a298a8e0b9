package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
	"github.com/partnerkit/specializations/specialization"
)

// parsed is a checked portfolio file: the partner as package portfolio
// takes it, its name, and each holding's name as written in the file.
type parsed struct {
	Name    string
	Partner portfolio.Partner
	Names   []string // per holding, as written, for messages
}

// decodePortfolio reads and checks a portfolio file; file labels the
// input in messages ("demo.json"). Every error is one line naming the
// file and wraps one of the err… sentinels (or a date error). Nothing here
// depends on the as-of day: that is package portfolio's.
func decodePortfolio(data []byte, file string, cat catalog.Catalog) (parsed, error) {
	raw, err := decodeJSON(data, file)
	if err != nil {
		return parsed{}, err
	}
	p, err := raw.validate(cat)
	if err != nil {
		return parsed{}, fmt.Errorf("%s: %w", file, err)
	}
	return p, nil
}

// validate resolves names against cat and checks each field.
func (r rawPortfolio) validate(cat catalog.Catalog) (parsed, error) {
	p := parsed{Name: strings.TrimSpace(r.Partner)}
	p.Partner.BenefitsPurchased = r.BenefitsPurchased
	if strings.ContainsFunc(p.Name, unicode.IsControl) {
		return parsed{}, fmt.Errorf("partner: %w in %q", errControl, p.Name)
	}
	var err error
	for i, n := range r.Designations {
		d, err := specialization.ParseDesignation(n)
		if err != nil {
			return parsed{}, fmt.Errorf("designations[%d]: %w %q (want one of %s)", i, errUnknownDesignation, n, designationSlugs())
		}
		p.Partner.Designations |= specialization.Designations(d)
	}
	if p.Partner.FirstDesignated, err = parseDate("designationAnniversary", r.DesignationAnniversary, true); err != nil {
		return parsed{}, err
	}
	if p.Partner.MembershipEnds, err = parseDate("membershipEnds", r.MembershipEnds, false); err != nil {
		return parsed{}, err
	}
	for i, re := range r.Specializations {
		h, err := re.holding(cat)
		if err != nil {
			return parsed{}, fmt.Errorf("specializations[%d]: %w", i, err)
		}
		p.Partner.Holdings = append(p.Partner.Holdings, h)
		p.Names = append(p.Names, re.Specialization)
	}
	return p, nil
}

// holding resolves one entry and checks its dates and counts.
func (r rawEntry) holding(cat catalog.Catalog) (portfolio.Holding, error) {
	s, err := lookup(cat, r.Specialization)
	if err != nil {
		return portfolio.Holding{}, err
	}
	h := portfolio.Holding{ID: s.ID(), Renewed: r.Renewed}
	for _, f := range []struct {
		name, value string
		to          *date.Date
	}{
		{"enrolled", r.Enrolled, &h.Enrolled},
		{"qualifiedOn", r.QualifiedOn, &h.Evidence.QualifiedOn},
		{"validatedOn", r.ValidatedOn, &h.Evidence.ValidatedOn},
		{"lapsed", r.Lapsed, &h.Ended},
	} {
		if *f.to, err = parseDate(f.name, f.value, f.to == &h.Enrolled); err != nil {
			return portfolio.Holding{}, err
		}
	}
	return h, checkHolding(s, h)
}

// checkHolding holds what the file must not say of an entry: renewal data for an
// expert program (RULES REN-1), a validation for an entry that had none on
// that day (ENR-4, EDN-2), an end before the start.
func checkHolding(s specialization.Specialization, h portfolio.Holding) error {
	ev := h.Evidence
	switch {
	case h.Renewed < 0:
		return fmt.Errorf("renewed: %w: %d (anniversaries survived, 0 or more)", errNegative, h.Renewed)
	case s.Kind() == specialization.KindExpertProgram && (h.Renewed != 0 || ev != renewal.Evidence{}):
		return fmt.Errorf("%s: %w: it has its own yearly audit, not this renewal (REN-1); "+
			"remove renewed, qualifiedOn and validatedOn", s.Name(), errExpertEvidence)
	case !ev.ValidatedOn.IsZero() && s.On(ev.ValidatedOn).Validation() == specialization.ValidationNone:
		return fmt.Errorf("validatedOn: %s had %w on %s: it renews on qualification alone (ENR-4, REN-4)",
			s.On(ev.ValidatedOn).Name(), errNoValidation, ev.ValidatedOn)
	case !h.Ended.IsZero() && !h.Ended.After(h.Enrolled):
		return fmt.Errorf("lapsed: %w: %s is not after enrolled %s", errOrder, h.Ended, h.Enrolled)
	}
	return nil
}

// lookup resolves a catalog ID or name, with up to three suggestions from
// catalog.Suggest when it finds none, named in the script of the input.
func lookup(cat catalog.Catalog, name string) (specialization.Specialization, error) {
	if strings.TrimSpace(name) == "" {
		return specialization.Specialization{}, fmt.Errorf("specialization: %w: give a catalog ID or name", errMissing)
	}
	if s, ok := cat.Lookup(name); ok {
		return s, nil
	}
	lang := "en"
	if strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		lang = "zh-Hans"
	}
	var names []string
	for _, s := range cat.Suggest(name, 3) {
		names = append(names, fmt.Sprintf("%q", s.LocalName(lang)))
	}
	hint := ""
	if n := len(names); n > 0 {
		hint = "; did you mean " + strings.Join(names[:n-1], ", ")
		if n > 1 {
			hint += " or "
		}
		hint += names[n-1] + "?"
	}
	return specialization.Specialization{}, fmt.Errorf("%w %q%s", errUnknownSpecialization, name, hint)
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
