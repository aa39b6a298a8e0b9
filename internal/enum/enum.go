// Package enum is the one implementation of the library's small enum types
// and of the bit sets built on them. Every enum is a uint8 whose values
// index a Table of names; the zero value is "unset" unless the table names
// it, and then it is a value like the others.
//
// The rules every enum follows through a Table:
//   - text forms are slugs ("modern-work"); parsing also accepts the English
//     name, case-insensitively, with surrounding spaces ignored;
//   - an unnamed zero value writes empty text, and empty text reads as the
//     zero value;
//   - a value outside the table has no text form: writing it is an *Error;
//   - text that names no value is an *Error, and reading leaves the target
//     unchanged;
//   - a set writes its members as slugs in ascending order, joined by commas
//     as text and as an array of strings in JSON; the empty set is "" and [].
//
// The exported packages re-export Error and ErrUnknownValue
// (specialization.EnumError, specialization.ErrUnknownValue), so one error
// type reports unknown text for every enum of the library.
package enum

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// ErrUnknownValue is wrapped by every *Error.
var ErrUnknownValue = errors.New("unknown value")

// Error reports text that names no value of an enum type, or a value that
// has no text form. It wraps ErrUnknownValue.
type Error struct {
	Type string // the qualified type name: "specialization.Category", "renewal.Phase"
	Text string // the offending text, or the number of an out-of-range value
}

// Error reads "renewal: unknown Phase "x"".
func (e *Error) Error() string {
	pkg, typ, ok := strings.Cut(e.Type, ".")
	if !ok {
		return "unknown " + e.Type + " " + strconv.Quote(e.Text)
	}
	return pkg + ": unknown " + typ + " " + strconv.Quote(e.Text)
}

// Unwrap returns ErrUnknownValue.
func (e *Error) Unwrap() error { return ErrUnknownValue }

// Name is what a Table knows about one value.
type Name struct {
	English string // String form: "Modern Work"
	Slug    string // text form: "modern-work"; "" only for an unnamed zero value
	Chinese string // Simplified Chinese name, "" when there is none
}

// Table names the values of the enum type T: Names[v] describes v.
// Names[0] is the zero value's entry, the zero Name when zero is unset.
type Table[T ~uint8] struct {
	Type    string // qualified type name for errors and bad values: "renewal.Phase"
	SetType string // qualified name of the set type built on T, for errors: "renewal.Requirements"
	Names   []Name
}

// Valid reports whether v is a named value.
func (t *Table[T]) Valid(v T) bool { return int(v) < len(t.Names) && t.Names[v].Slug != "" }

// String returns v's English name, or "%!Phase(9)" for a value that has
// none, the way fmt reports a bad verb.
func (t *Table[T]) String(v T) string {
	if t.Valid(v) {
		return t.Names[v].English
	}
	_, typ, _ := strings.Cut(t.Type, ".")
	return "%!" + typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Local returns v's Simplified Chinese name when zh is set and it has one,
// its String otherwise.
func (t *Table[T]) Local(v T, zh bool) string {
	if zh && t.Valid(v) && t.Names[v].Chinese != "" {
		return t.Names[v].Chinese
	}
	return t.String(v)
}

// Slug returns v's text form: its slug, "" for an unset zero value, an
// *Error for any other value.
func (t *Table[T]) Slug(v T) (string, error) {
	switch {
	case t.Valid(v):
		return t.Names[v].Slug, nil
	case v == 0:
		return "", nil
	}
	return "", &Error{Type: t.Type, Text: strconv.Itoa(int(v))}
}

// MarshalText is Slug as bytes.
func (t *Table[T]) MarshalText(v T) ([]byte, error) {
	s, err := t.Slug(v)
	if err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// Parse reads a slug or an English name in any case, ignoring surrounding
// spaces; blank text is the zero value.
func (t *Table[T]) Parse(s string) (T, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	for i, n := range t.Names {
		if n.Slug != "" && (strings.EqualFold(s, n.Slug) || strings.EqualFold(s, n.English)) {
			return T(i), nil
		}
	}
	return 0, &Error{Type: t.Type, Text: s}
}

// UnmarshalText parses b into *v, leaving *v unchanged on an error.
func (t *Table[T]) UnmarshalText(b []byte, v *T) error {
	p, err := t.Parse(string(b))
	if err == nil {
		*v = p
	}
	return err
}

// A set of T is a uint8 bit set: bit v stands for v. Only named values
// other than zero can be members; members returns the bits they use.
func (t *Table[T]) members() uint8 {
	var m uint8
	for i := 1; i < len(t.Names) && i < 8; i++ {
		if t.Names[i].Slug != "" {
			m |= 1 << i
		}
	}
	return m
}

// All yields the members of set in ascending order.
func (t *Table[T]) All(set uint8) func(yield func(T) bool) {
	return func(yield func(T) bool) {
		for i := 1; i < len(t.Names) && i < 8; i++ {
			if set&(1<<i) != 0 && t.Names[i].Slug != "" && !yield(T(i)) {
				return
			}
		}
	}
}

// SetString joins the English names of set's members with sep; "" for the
// empty set.
func (t *Table[T]) SetString(set uint8, sep string) string {
	var b strings.Builder
	for v := range t.All(set) {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(t.Names[v].English)
	}
	return b.String()
}

// SetText writes set's members as slugs joined by commas, ascending; ""
// for the empty set. Bits that stand for no value are an *Error.
func (t *Table[T]) SetText(set uint8) ([]byte, error) {
	if set&^t.members() != 0 {
		return nil, &Error{Type: t.SetType, Text: strconv.Itoa(int(set))}
	}
	b := []byte{}
	for v := range t.All(set) {
		if len(b) > 0 {
			b = append(b, ',')
		}
		b = append(b, t.Names[v].Slug...)
	}
	return b, nil
}

// ParseSet reads what SetText writes, members in any order and in any form
// Parse accepts; a repeated member counts once, blank text is the empty set,
// and an empty member ("a,,b") is an error.
func (t *Table[T]) ParseSet(s string) (uint8, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	var set uint8
	for part := range strings.SplitSeq(s, ",") {
		v, err := t.Parse(part)
		if err != nil {
			return 0, err
		}
		if v == 0 {
			return 0, &Error{Type: t.Type, Text: part}
		}
		set |= 1 << v
	}
	return set, nil
}

// SetJSON writes set's members as a JSON array of slugs, ascending; [] for
// the empty set.
func (t *Table[T]) SetJSON(set uint8) ([]byte, error) {
	text, err := t.SetText(set)
	if err != nil {
		return nil, err
	}
	b := []byte{'['}
	for i, part := range strings.Split(string(text), ",") {
		if part == "" {
			break
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, part)
	}
	return append(b, ']'), nil
}

// ParseSetJSON reads a JSON array of members, each in a form Parse accepts.
// null gives ok false: the caller leaves its set unchanged, as encoding/json
// does for null.
func (t *Table[T]) ParseSetJSON(b []byte) (set uint8, ok bool, err error) {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return 0, false, err
	}
	if names == nil {
		return 0, false, nil
	}
	for _, n := range names {
		v, err := t.Parse(n)
		if err != nil {
			return 0, false, err
		}
		if v == 0 {
			return 0, false, &Error{Type: t.Type, Text: n}
		}
		set |= 1 << v
	}
	return set, true, nil
}
