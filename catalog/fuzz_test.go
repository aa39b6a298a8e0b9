package catalog_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// FuzzLookup checks, for any input: Lookup never panics; a found entry is
// the latest view of the one its own ID and name find; and the result does
// not change with ASCII case or with spaces between characters (RULES
// CAT-3). That Lookup never allocates is TestNoAllocation's job, over every
// name: measuring allocations per input would slow the fuzzer a
// hundredfold.
func FuzzLookup(f *testing.F) {
	c := catalog.Default()
	for s := range c.All() {
		for _, name := range append([]string{string(s.ID()), s.Name(), s.LocalName("zh")}, slices.Collect(s.Aliases())...) {
			f.Add(name)
		}
	}
	for _, seed := range []string{"", "Microsoft", "micromicrosoftsoft", "A & B", "\xff", "\u212A", strings.Repeat("云", 100)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, ok := c.Lookup(in)
		if ok != !s.IsZero() {
			t.Fatalf("Lookup(%q) = %q, %v: found must go with a non-zero entry", in, s.ID(), ok)
		}
		if ok {
			for _, name := range []string{string(s.ID()), s.Name()} {
				if again, ok := c.Lookup(name); !ok || again.ID() != s.ID() {
					t.Errorf("Lookup(%q) = %q but Lookup(%q) = %q, %v", in, s.ID(), name, again.ID(), ok)
				}
			}
			if again, ok := c.Get(s.ID()); !ok || !again.Equal(s) {
				t.Errorf("Lookup(%q) = %q but Get of its ID = %q, %v", in, s.ID(), again.ID(), ok)
			}
		}
		if other, _ := c.Lookup(asciiUpper(in)); other.ID() != s.ID() {
			t.Errorf("Lookup(%q) = %q but the upper-cased input finds %q", in, s.ID(), other.ID())
		}
		if utf8.ValidString(in) {
			if other, _ := c.Lookup(spaced(in)); other.ID() != s.ID() {
				t.Errorf("Lookup(%q) = %q but the spaced-out input finds %q", in, s.ID(), other.ID())
			}
		}
	})
}

// FuzzNew checks, for any two names: New never panics, and either builds
// a catalog in which each name finds its own entry, or rejects the names
// with ErrAmbiguousName or ErrUnusableName (RULES CAT-3, EDN-2).
func FuzzNew(f *testing.F) {
	f.Add("Cloud Security", "Threat Protection", "Data Security")
	f.Add("A & B", "A and B", "")
	f.Add("Microsoft", "x", "y")
	f.Add("云安全", "云安全性", "Microsoft 云安全")
	f.Fuzz(func(t *testing.T, a, b, former string) {
		da := specialization.Definition{ID: "a", Kind: specialization.KindSpecialization,
			Category: specialization.CategorySecurity, Name: a, Validation: specialization.ValidationAudit,
			Designations: specialization.Designations(specialization.DesignationSecurity)}
		db := da
		db.ID, db.Name = "b", b
		db.Changes = []specialization.Change{{On: date.MustParse("2026-01-01"), Name: former, Source: "fuzz"}}
		c, err := catalog.New(da, db)
		if errors.Is(err, specialization.ErrInvalidDefinition) {
			return // names specialization.New rejects (empty, surrounding space)
		}
		if err != nil {
			if !errors.Is(err, catalog.ErrAmbiguousName) && !errors.Is(err, catalog.ErrUnusableName) {
				t.Fatalf("New(%q, %q, %q): unexpected error %v", a, b, former, err)
			}
			return
		}
		for name, id := range map[string]specialization.ID{a: "a", b: "b", former: "b"} {
			if s, ok := c.Lookup(name); !ok || s.ID() != id {
				t.Fatalf("New(%q, %q, %q) accepted, but Lookup(%q) = %q, %v; want %q", a, b, former, name, s.ID(), ok, id)
			}
		}
	})
}

// asciiUpper upper-cases ASCII letters only, leaving every other byte.
func asciiUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// spaced puts a space between every two runes of the valid UTF-8 string s.
func spaced(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		b.WriteByte(' ')
	}
	return b.String()
}
