package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// The kinds of bad portfolio the decoder reports; tests branch on them
// with errors.Is.
var (
	errSyntax                = errors.New("malformed JSON")
	errUnknownField          = errors.New("unknown field")
	errWrongType             = errors.New("wrong JSON type")
	errMissing               = errors.New("missing value")
	errBadDate               = errors.New("bad date")
	errUnknownDesignation    = errors.New("unknown designation")
	errUnknownSpecialization = errors.New("unknown specialization")
	errDuplicate             = errors.New("listed twice")
	errNegative              = errors.New("negative count")
	errExpertEvidence        = errors.New("expert programs take no renewal data")
	errNoValidation          = errors.New("no manual validation")
	errOrder                 = errors.New("dates out of order")
	errControl               = errors.New("control characters")
)

// portfolio is a validated partner portfolio: what a partner admin knows
// about the partner's designations, benefits and specializations.
type portfolio struct {
	Partner                string
	Designations           specialization.DesignationSet
	BenefitsPurchased      bool
	DesignationAnniversary date.Date // any designation anniversary, past or future
	MembershipEnds         date.Date // zero: open-ended
	Entries                []entry
}

// entry is one specialization or expert program the partner earned.
type entry struct {
	Name        string // as written in the file, for messages
	Item        specialization.Specialization
	Enrolled    date.Date
	Renewed     int       // anniversaries survived; 0 for an expert program
	QualifiedOn date.Date // evidence for the cycle under review; zero: none yet
	ValidatedOn date.Date
	Lapsed      date.Date // first day no longer held, when the file says so
}

// rawPortfolio is the file format, field for field. Dates stay strings so
// that a bad one is reported with its place in the file.
type rawPortfolio struct {
	Partner                string     `json:"partner"`
	Designations           []string   `json:"designations"`
	BenefitsPurchased      bool       `json:"benefitsPurchased"`
	DesignationAnniversary string     `json:"designationAnniversary"`
	MembershipEnds         string     `json:"membershipEnds"`
	Specializations        []rawEntry `json:"specializations"`
}

type rawEntry struct {
	Specialization string `json:"specialization"`
	Enrolled       string `json:"enrolled"`
	Renewed        int    `json:"renewed"`
	QualifiedOn    string `json:"qualifiedOn"`
	ValidatedOn    string `json:"validatedOn"`
	Lapsed         string `json:"lapsed"`
}

// decodePortfolio reads and validates a portfolio file. name labels the
// input in messages ("demo.json"). Every error is one line and wraps one of
// the err… sentinels above (or a date error).
func decodePortfolio(data []byte, name string, cat *catalog.Catalog) (portfolio, error) {
	raw, err := decodeJSON(data, name)
	if err != nil {
		return portfolio{}, err
	}
	p, err := raw.validate(cat)
	if err != nil {
		return portfolio{}, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// decodeJSON decodes exactly one JSON object, rejecting unknown fields and
// trailing data, and places errors at line:column where it can.
func decodeJSON(data []byte, name string) (rawPortfolio, error) {
	var raw rawPortfolio
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return rawPortfolio{}, jsonError(data, name, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		off := dec.InputOffset()
		return rawPortfolio{}, fmt.Errorf("%s: %w: data after the portfolio object", at(name, data, off), errSyntax)
	}
	return raw, nil
}

// jsonError turns an encoding/json error into one located line.
func jsonError(data []byte, name string, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("%s: %w: %s", at(name, data, syn.Offset-1), errSyntax, syn.Error())
	case errors.Is(err, io.EOF):
		return fmt.Errorf("%s: %w: empty input, want a JSON object", name, errSyntax)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: %w: unexpected end of input", at(name, data, int64(len(data))), errSyntax)
	case errors.As(err, &typ):
		return typeError(data, name, typ)
	}
	if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return fmt.Errorf("%s: %w %s", at(name, data, keyOffset(data, field)), errUnknownField, field)
	}
	return fmt.Errorf("%s: %w: %v", name, errSyntax, err)
}

// typeError says which field got which kind of JSON value.
func typeError(data []byte, name string, e *json.UnmarshalTypeError) error {
	field := e.Field
	if field == "" {
		field = "the portfolio"
	}
	want := "a JSON " + e.Type.Kind().String()
	switch e.Type.Kind().String() {
	case "int":
		want = "a whole number"
	case "string":
		want = "a string"
	case "bool":
		want = "true or false"
	case "slice":
		want = "an array"
	case "struct":
		want = "an object"
	}
	return fmt.Errorf("%s: %w: %s is %s, want %s", at(name, data, e.Offset-1), errWrongType, field, e.Value, want)
}

// keyOffset finds where the object key quoted (as Go quotes it) first
// appears, or -1. encoding/json does not report where an unknown field is.
func keyOffset(data []byte, quoted string) int64 {
	key, err := strconv.Unquote(quoted)
	if err != nil {
		return -1
	}
	k, err := json.Marshal(key)
	if err != nil {
		return -1
	}
	return int64(bytes.Index(data, k))
}

// at returns "name:line:column" for offset in data (1-based; columns count
// bytes), or just name when the offset is unknown.
func at(name string, data []byte, off int64) string {
	if off < 0 || off > int64(len(data)) {
		return name
	}
	before := data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return fmt.Sprintf("%s:%d:%d", name, line, col)
}
