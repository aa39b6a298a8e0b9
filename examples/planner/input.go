package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/specialization"
)

// The kinds of bad portfolio file the planner reports; tests branch on
// them with errors.Is.
var (
	errEncoding              = errors.New("not UTF-8")
	errSyntax                = errors.New("malformed JSON")
	errDuplicateKey          = errors.New("duplicate key")
	errUnknownField          = errors.New("unknown field")
	errWrongType             = errors.New("wrong JSON type")
	errMissing               = errors.New("missing value")
	errBadDate               = errors.New("bad date")
	errUnknownDesignation    = errors.New("unknown designation")
	errUnknownSpecialization = errors.New("unknown specialization")
	errNegative              = errors.New("negative count")
	errControl               = errors.New("control characters")
)

// rawPortfolio is the file format, field for field. Dates stay strings so
// that a bad one is reported with its field; entries are decoded one by
// one into entries so that an error names its index.
type rawPortfolio struct {
	entries                []rawEntry
	Partner                string            `json:"partner"`
	Designations           []string          `json:"designations"`
	BenefitsPurchased      bool              `json:"benefitsPurchased"`
	DesignationAnniversary string            `json:"designationAnniversary"`
	MembershipEnds         string            `json:"membershipEnds"`
	Specializations        []json.RawMessage `json:"specializations"`
}

// rawEntry is one element of "specializations".
type rawEntry struct {
	Specialization string `json:"specialization"`
	Enrolled       string `json:"enrolled"`
	Renewed        int    `json:"renewed"`
	QualifiedOn    string `json:"qualifiedOn"`
	ValidatedOn    string `json:"validatedOn"`
	Lapsed         string `json:"lapsed"`
}

// parsed is a checked portfolio file: the partner as package portfolio
// takes it, its name, and each holding's name as written in the file.
type parsed struct {
	Name    string
	Partner portfolio.Partner
	Names   []string
}

// decodePortfolio reads and checks a portfolio file; file labels the input
// in messages. Every error is one line naming the file and wraps one of
// the err… sentinels or a date error. Nothing here depends on the as-of
// day: that is package portfolio's.
func decodePortfolio(data []byte, file string, cat catalog.Catalog) (parsed, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := checkSyntax(data, file); err != nil {
		return parsed{}, err
	}
	var raw rawPortfolio
	err := strict(data, &raw, "")
	raw.entries = make([]rawEntry, len(raw.Specializations))
	for i := 0; err == nil && i < len(raw.entries); i++ {
		err = strict(raw.Specializations[i], &raw.entries[i], fmt.Sprintf("specializations[%d]", i))
	}
	var p parsed
	if err == nil {
		p, err = raw.validate(cat)
	}
	if err != nil {
		return parsed{}, fmt.Errorf("%s: %w", file, err)
	}
	return p, nil
}

// checkSyntax checks that data is exactly one JSON object, strictly: UTF-8
// only (decodePortfolio skips a leading byte-order mark), no key twice in an
// object, no data after it. Its errors say "file:line:column".
func checkSyntax(data []byte, file string) error {
	// The valid prefix is kept as is and 0xff is never UTF-8, so the first
	// 0xff is where the first bad sequence starts.
	if off := bytes.IndexByte(bytes.ToValidUTF8(data, []byte{0xff}), 0xff); off >= 0 {
		return fmt.Errorf("%s: %w: JSON text must be UTF-8", at(file, data, int64(off)), errEncoding)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // a number too large for a float64 is a type error later, not a syntax error here
	if err := checkKeys(dec, 0); err != nil {
		return located(file, data, dec.InputOffset(), err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return located(file, data, dec.InputOffset(), fmt.Errorf("%w: data after the portfolio object", errSyntax))
	}
	return nil
}

// checkKeys reads one JSON value and rejects a key given twice in one
// object, compared ignoring case as encoding/json matches keys, and
// nesting deeper than a portfolio ever needs.
func checkKeys(dec *json.Decoder, depth int) error {
	tok, err := dec.Token()
	if err != nil || (tok != json.Delim('{') && tok != json.Delim('[')) {
		return err
	}
	if depth == 32 {
		return fmt.Errorf("%w: nested deeper than 32 levels", errSyntax)
	}
	seen := map[string]bool{}
	for dec.More() {
		if tok == json.Delim('{') {
			k, err := dec.Token()
			if err != nil {
				return err
			}
			key, _ := k.(string)
			if fold := strings.ToLower(strings.ToUpper(key)); !seen[fold] {
				seen[fold] = true
			} else {
				return fmt.Errorf("%w %q", errDuplicateKey, key)
			}
		}
		if err := checkKeys(dec, depth+1); err != nil {
			return err
		}
	}
	_, err = dec.Token()
	return err
}

// located places an error of checkKeys in the file.
func located(file string, data []byte, off int64, err error) error {
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("%s: %w: %s", at(file, data, syn.Offset), errSyntax, syn.Error())
	case errors.Is(err, io.EOF) && len(bytes.TrimSpace(data)) == 0:
		return fmt.Errorf("%s: %w: empty input, want a JSON object", file, errSyntax)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: %w: unexpected end of input", at(file, data, int64(len(data))), errSyntax)
	}
	return fmt.Errorf("%s: %w", at(file, data, off), err)
}

// strict decodes data into v, rejecting unknown keys; path names v in
// errors ("" for the whole portfolio).
func strict(data []byte, v any, path string) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		field := cmp.Or(strings.Trim(path+"."+typ.Field, "."), "the portfolio")
		return fmt.Errorf("%s: %w: got %s, want %s", field, errWrongType, typ.Value, typ.Type.Kind())
	}
	if key, ok := strings.CutPrefix(fmt.Sprint(err), "json: unknown field "); ok {
		return fmt.Errorf("%s%w %s", strings.TrimPrefix(path+": ", ": "), errUnknownField, key)
	}
	return err
}

// at returns "file:line:column" for offset off of data (1-based; columns
// count bytes), or the file name when off is unknown.
func at(file string, data []byte, off int64) string {
	if off < 0 || off > int64(len(data)) {
		return file
	}
	line := bytes.Count(data[:off], []byte{'\n'}) + 1
	return fmt.Sprintf("%s:%d:%d", file, line, int(off)-bytes.LastIndexByte(data[:off], '\n'))
}

// validate resolves names against cat and checks each field.
func (r rawPortfolio) validate(cat catalog.Catalog) (parsed, error) {
	p := parsed{Name: strings.TrimSpace(r.Partner), Partner: portfolio.Partner{BenefitsPurchased: r.BenefitsPurchased}}
	if strings.ContainsFunc(p.Name, unicode.IsControl) {
		return parsed{}, fmt.Errorf("partner: %w in %q", errControl, p.Name)
	}
	for i, n := range r.Designations {
		d, err := specialization.ParseDesignation(n)
		if err != nil {
			return parsed{}, fmt.Errorf("designations[%d]: %w %q (want a slug such as data-and-ai, or an English name)", i, errUnknownDesignation, n)
		}
		p.Partner.Designations |= specialization.Designations(d)
	}
	if err := parseDates(dateField{"designationAnniversary", r.DesignationAnniversary, &p.Partner.FirstDesignated, true},
		dateField{"membershipEnds", r.MembershipEnds, &p.Partner.MembershipEnds, false}); err != nil {
		return parsed{}, err
	}
	for i, e := range r.entries {
		h, err := e.holding(cat)
		if err != nil {
			return parsed{}, fmt.Errorf("specializations[%d]: %w", i, err)
		}
		p.Partner.Holdings, p.Names = append(p.Partner.Holdings, h), append(p.Names, e.Specialization)
	}
	return p, nil
}

// holding resolves one entry and reads its fields; a negative count is
// refused here, everything the rules say about the holding is package
// portfolio's (REN-1, ENR-4 and the rest).
func (r rawEntry) holding(cat catalog.Catalog) (portfolio.Holding, error) {
	s, err := lookup(cat, r.Specialization)
	if err != nil {
		return portfolio.Holding{}, err
	}
	h := portfolio.Holding{ID: s.ID(), Renewed: r.Renewed}
	ev := &h.Evidence
	if err := parseDates(dateField{"enrolled", r.Enrolled, &h.Enrolled, true}, dateField{"qualifiedOn", r.QualifiedOn, &ev.QualifiedOn, false},
		dateField{"validatedOn", r.ValidatedOn, &ev.ValidatedOn, false}, dateField{"lapsed", r.Lapsed, &h.Ended, false}); err != nil {
		return portfolio.Holding{}, err
	}
	if h.Renewed < 0 {
		return h, fmt.Errorf("renewed: %w: %d (anniversaries survived, 0 or more)", errNegative, h.Renewed)
	}
	return h, nil
}

// lookup resolves a catalog ID or name, with up to three suggestions from
// catalog.Suggest when it finds none, in Chinese for a Chinese name.
func lookup(cat catalog.Catalog, name string) (specialization.Specialization, error) {
	s, ok := cat.Lookup(name)
	if ok {
		return s, nil
	} else if strings.TrimSpace(name) == "" {
		return s, fmt.Errorf("specialization: %w: give a catalog ID or name", errMissing)
	}
	lang := map[bool]string{false: "en", true: "zh-Hans"}[strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.Han, r) })]
	var near []string
	for _, s := range cat.Suggest(name, 3) {
		near = append(near, strconv.Quote(s.LocalName(lang)))
	}
	if len(near) > 0 {
		return s, fmt.Errorf("%w %q; did you mean %s?", errUnknownSpecialization, name, strings.Join(near, " or "))
	}
	return s, fmt.Errorf("%w %q", errUnknownSpecialization, name)
}

// dateField is a date of the file: its key, its text, where it goes, and
// whether it is required.
type dateField struct {
	key, text string
	to        *date.Date
	required  bool
}

// parseDates reads YYYY-MM-DD dates; "" leaves a date zero unless it is
// required.
func parseDates(fs ...dateField) error {
	for _, f := range fs {
		d, err := date.Parse(f.text)
		var pe *date.ParseError
		switch {
		case f.text == "" && f.required:
			return fmt.Errorf("%s: %w: want a date YYYY-MM-DD", f.key, errMissing)
		case f.text == "":
		case errors.As(err, &pe):
			return fmt.Errorf("%s: %w %q: %w", f.key, errBadDate, f.text, pe.Err)
		case err != nil:
			return err
		}
		*f.to = d
	}
	return nil
}
