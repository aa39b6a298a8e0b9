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
	"unicode/utf8"
)

// The kinds of bad portfolio file the decoder reports; tests branch on
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
	errExpertEvidence        = errors.New("expert programs take no renewal data")
	errNoValidation          = errors.New("no manual validation")
	errOrder                 = errors.New("dates out of order")
	errControl               = errors.New("control characters")
)

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

// decodeJSON reads exactly one JSON object, strictly: UTF-8 only (a
// leading byte-order mark is skipped), no duplicate or unknown keys, no
// trailing data. Errors say "file:line:column" and, inside the list,
// which element ("specializations[3].renewed").
func decodeJSON(data []byte, file string) (rawPortfolio, error) {
	l := locator{file: file, data: data}
	if rest, ok := bytes.CutPrefix(data, []byte("\uFEFF")); ok {
		l.skip, data = len(data)-len(rest), rest
	}
	if !utf8.Valid(data) {
		return rawPortfolio{}, fmt.Errorf("%s: %w: JSON text must be UTF-8", l.at(int64(firstInvalid(data))), errEncoding)
	}
	if err := l.scan(data); err != nil {
		return rawPortfolio{}, err
	}
	var raw rawPortfolio
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return rawPortfolio{}, l.decodeError(data, err)
	}
	return raw, nil
}

// locator places errors in the input file.
type locator struct {
	file    string
	data    []byte  // the whole file, byte-order mark included
	skip    int     // the length of the byte-order mark, if any
	starts  []int64 // where each element of "specializations" starts (scan)
	listEnd int64   // where that array ends
}

// scan walks the tokens once for what encoding/json does not check or
// locate: syntax errors, duplicate keys (compared ignoring case, as
// encoding/json matches them), data after the object. It records where
// each element of the top-level "specializations" array starts, and
// where the array ends.
func (l *locator) scan(data []byte) error {
	type frame struct {
		keys    map[string]bool // nil for an array
		wantKey bool            // in an object, the next string is a key
		entries bool            // the top-level "specializations" array
		lastKey string
	}
	var stack []frame
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return l.syntaxError(data, err, off > 0)
		}
		top := len(stack) - 1
		key, isString := tok.(string)
		switch d, _ := tok.(json.Delim); {
		case top >= 0 && stack[top].wantKey && isString:
			folded := strings.ToLower(strings.ToUpper(key))
			if stack[top].keys[folded] {
				return fmt.Errorf("%s: %w %q", l.at(off), errDuplicateKey, key)
			}
			stack[top].keys[folded], stack[top].wantKey, stack[top].lastKey = true, false, key
			continue
		case d == '}' || d == ']':
			if stack[top].entries {
				l.listEnd = dec.InputOffset()
			}
			stack = stack[:top]
		case top >= 0 && stack[top].entries:
			l.starts = append(l.starts, off)
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{keys: map[string]bool{}, wantKey: true})
			continue
		case json.Delim('['):
			stack = append(stack, frame{entries: len(stack) == 1 && stack[0].lastKey == "specializations"})
			continue
		}
		// A value is complete: in an object, a key comes next.
		if n := len(stack); n > 0 {
			stack[n-1].wantKey = stack[n-1].keys != nil
			continue
		}
		if _, err := dec.Token(); err != io.EOF {
			return fmt.Errorf("%s: %w: data after the portfolio object", l.at(dec.InputOffset()), errSyntax)
		}
		return nil
	}
}

// syntaxError turns an error of json.Decoder.Token into one located line.
func (l locator) syntaxError(data []byte, err error, inside bool) error {
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("%s: %w: %s", l.at(syn.Offset-1), errSyntax, syn.Error())
	case errors.Is(err, io.EOF) && !inside:
		return fmt.Errorf("%s: %w: empty input, want a JSON object", l.file, errSyntax)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: %w: unexpected end of input", l.at(int64(len(data))), errSyntax)
	}
	return fmt.Errorf("%s: %w: %v", l.file, errSyntax, err)
}

// decodeError turns an error of json.Decoder.Decode into one located line.
func (l locator) decodeError(data []byte, err error) error {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		path := cmp.Or(typ.Field, "the portfolio")
		return fmt.Errorf("%s: %s: %w: got %s, want %s", l.at(typ.Offset-1), l.field(path, typ.Offset-1),
			errWrongType, typ.Value, wantOf(typ.Type.Kind().String()))
	}
	if key, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		// encoding/json does not say where: the first occurrence of the key.
		off := int64(-1)
		if k, err := strconv.Unquote(key); err == nil {
			b, _ := json.Marshal(k)
			off = int64(bytes.Index(data, b))
		}
		return fmt.Errorf("%s: %s%w %s", l.at(off), l.field("", off), errUnknownField, key)
	}
	return fmt.Errorf("%s: %w: %v", l.file, errSyntax, err)
}

// field names a field of the file, with the index of the list element
// that holds off: "specializations[3].renewed"; an unknown field
// (path "") in an element gives "specializations[3]: ".
func (l locator) field(path string, off int64) string {
	i := -1
	for k, s := range l.starts {
		if s <= off && off < l.listEnd {
			i = k
		}
	}
	rest, inList := strings.CutPrefix(path, "specializations")
	switch {
	case i >= 0 && path == "":
		return fmt.Sprintf("specializations[%d]: ", i)
	case i >= 0 && inList:
		return fmt.Sprintf("specializations[%d]%s", i, rest)
	}
	return path
}

// wantOf says in words what a Go kind wants from JSON.
func wantOf(kind string) string {
	switch kind {
	case "int":
		return "a whole number"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice":
		return "an array"
	case "struct":
		return "an object"
	}
	return "a JSON " + kind
}

// at returns "file:line:column" for offset off of the decoded text
// (1-based; columns count bytes of the file), or just the file name when
// off is unknown.
func (l locator) at(off int64) string {
	off += int64(l.skip)
	if off < int64(l.skip) || off > int64(len(l.data)) {
		return l.file
	}
	before := l.data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return fmt.Sprintf("%s:%d:%d", l.file, line, col)
}

// firstInvalid returns the offset of the first byte that is not valid
// UTF-8.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}
