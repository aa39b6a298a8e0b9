package catalog_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/partnerkit/specializations/catalog"
)

// FuzzLookup checks, for any input: Lookup never panics and never
// allocates; a found entry is the one its own ID and name find; and the
// result does not change with ASCII case or with spaces between characters
// (RULES CAT-3).
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
		if n := testing.AllocsPerRun(20, func() { c.Lookup(in) }); n != 0 {
			t.Errorf("Lookup(%q) allocates %v times, want 0", in, n)
		}
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
