package catalog

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"sync"

	"github.com/partnerkit/specializations/date"
	"github.com/partnerkit/specializations/specialization"
)

// Errors New reports, each wrapped in an *EntryError naming the offending
// entry and name.
var (
	// ErrDuplicateID reports two definitions with the same ID.
	ErrDuplicateID = errors.New("duplicate id")
	// ErrAmbiguousName reports an ID, name or alias whose lookup key is also
	// the key of a name of another entry, so Lookup could not tell them
	// apart.
	ErrAmbiguousName = errors.New("ambiguous name")
	// ErrUnknownReplacement reports a ReplacedBy naming no entry of the
	// catalog being built.
	ErrUnknownReplacement = errors.New("replacement not in catalog")
	// ErrUnusableName reports an ID, name or alias that Lookup could never
	// find: its lookup key is empty ("Microsoft", "—") or longer than 256
	// bytes.
	ErrUnusableName = errors.New("unusable name")
)

// EntryError describes why New rejected a definition. Err is one of this
// package's sentinel errors, or the error specialization.New returned for
// the definition (wrapping specialization.ErrInvalidDefinition); Unwrap
// returns it, so errors.Is and errors.As see through an EntryError.
type EntryError struct {
	ID    specialization.ID // the entry at fault
	Name  string            // the name or alias at fault, if any
	Other specialization.ID // the other entry involved, or the unknown ReplacedBy
	Err   error
}

// Error names the entry, the name at fault and the other entry involved.
func (e *EntryError) Error() string {
	switch {
	case errors.Is(e.Err, ErrAmbiguousName):
		return fmt.Sprintf("catalog: entry %q: name %q: %v with entry %q", e.ID, e.Name, e.Err, e.Other)
	case errors.Is(e.Err, ErrUnusableName):
		return fmt.Sprintf("catalog: entry %q: name %q: %v", e.ID, e.Name, e.Err)
	case errors.Is(e.Err, ErrUnknownReplacement):
		return fmt.Sprintf("catalog: entry %q: %v: %q", e.ID, e.Err, e.Other)
	}
	return fmt.Sprintf("catalog: entry %q: %v", e.ID, e.Err)
}

// Unwrap returns Err.
func (e *EntryError) Unwrap() error { return e.Err }

// Catalog is an immutable, ordered set of specializations and expert
// programs, found by ID (Get) or by name (Lookup). A nil or zero Catalog is
// empty. A Catalog is safe for concurrent use.
type Catalog struct {
	entries []specialization.Specialization // catalog order
	byID    map[specialization.ID]specialization.Specialization
	byKey   map[string]specialization.Specialization // lookup key → entry
}

// defaultCatalog builds the built-in catalog on first use. The data is
// proved valid by the package's tests, so the panic cannot happen in a
// released build; it beats returning a half-built catalog.
var defaultCatalog = sync.OnceValue(func() *Catalog {
	c, err := New(definitions()...)
	if err != nil {
		panic("catalog: built-in data is invalid: " + err.Error())
	}
	return c
})

// Default returns the built-in catalog of RULES CAT-1..CAT-4: 35 entries,
// built on first use and the same, unchanging value on every call.
func Default() *Catalog { return defaultCatalog() }

// New builds a catalog of defs. Each definition is validated and
// deep-copied by specialization.New, so changing defs afterwards does not
// change the catalog. Entries are ordered by category, then in the order
// given. New rejects, with an *EntryError: a definition specialization.New
// rejects; a second definition with an ID already given (ErrDuplicateID); a
// ReplacedBy that is no ID in defs (ErrUnknownReplacement); an ID, name or
// alias whose lookup key is empty or too long (ErrUnusableName) or is the
// key of another entry's ID, name or alias (ErrAmbiguousName). An entry's
// names may share a key among themselves. With no defs, New returns an
// empty catalog.
func New(defs ...specialization.Definition) (*Catalog, error) {
	c := &Catalog{
		entries: make([]specialization.Specialization, 0, len(defs)),
		byID:    make(map[specialization.ID]specialization.Specialization, len(defs)),
		byKey:   make(map[string]specialization.Specialization, 4*len(defs)),
	}
	for _, d := range defs {
		if err := c.add(d); err != nil {
			return nil, err
		}
	}
	for _, s := range c.entries {
		if r := s.ReplacedBy(); r != "" && c.byID[r].IsZero() {
			return nil, &EntryError{ID: s.ID(), Other: r, Err: ErrUnknownReplacement}
		}
	}
	slices.SortStableFunc(c.entries, func(a, b specialization.Specialization) int {
		return cmp.Compare(a.Category(), b.Category())
	})
	return c, nil
}

// add validates d and indexes it by ID and by every name.
func (c *Catalog) add(d specialization.Definition) error {
	s, err := specialization.New(d)
	if err != nil {
		return &EntryError{ID: d.ID, Err: err}
	}
	if _, dup := c.byID[s.ID()]; dup {
		return &EntryError{ID: s.ID(), Err: ErrDuplicateID}
	}
	for name := range names(s) {
		if err := c.index(s, name); err != nil {
			return err
		}
	}
	c.byID[s.ID()] = s
	c.entries = append(c.entries, s)
	return nil
}

// names yields every name Lookup should know s by: ID, English name,
// Chinese name and aliases.
func names(s specialization.Specialization) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !yield(string(s.ID())) || !yield(s.Name()) {
			return
		}
		if !yield(s.LocalName("zh-Hans")) { // the Chinese name, or the English one again
			return
		}
		for a := range s.Aliases() {
			if !yield(a) {
				return
			}
		}
	}
}

// index maps the lookup key of name to s.
func (c *Catalog) index(s specialization.Specialization, name string) error {
	var buf [maxKey]byte
	n, ok := key(&buf, name)
	if !ok || n == 0 {
		return &EntryError{ID: s.ID(), Name: name, Err: ErrUnusableName}
	}
	k := string(buf[:n])
	if other, taken := c.byKey[k]; taken && other.ID() != s.ID() {
		return &EntryError{ID: s.ID(), Name: name, Other: other.ID(), Err: ErrAmbiguousName}
	}
	c.byKey[k] = s
	return nil
}

// Len returns the number of entries, retired ones included.
func (c *Catalog) Len() int {
	if c == nil {
		return 0
	}
	return len(c.entries)
}

// Get returns the entry with the given ID, retired or not. IDs are matched
// exactly; use Lookup for names and loosely typed IDs.
func (c *Catalog) Get(id specialization.ID) (specialization.Specialization, bool) {
	if c == nil {
		return specialization.Specialization{}, false
	}
	s, ok := c.byID[id]
	return s, ok
}

// Lookup returns the entry that name names: its ID, English name, Chinese
// name or one of its aliases, compared after reduction to a key (see the
// package doc): case, spaces, punctuation and the word "Microsoft" do not
// matter, "&" reads as "and". Only whole names match, never a prefix. The
// empty string, a name that reduces to nothing, and a name whose key
// exceeds 256 bytes find nothing. Lookup does not allocate.
func (c *Catalog) Lookup(name string) (specialization.Specialization, bool) {
	if c == nil {
		return specialization.Specialization{}, false
	}
	var buf [maxKey]byte
	n, ok := key(&buf, name)
	if !ok || n == 0 {
		return specialization.Specialization{}, false
	}
	s, ok := c.byKey[string(buf[:n])]
	return s, ok
}

// All yields every entry in catalog order: by category, then in the order
// the definitions were given (the seed page's order for Default).
func (c *Catalog) All() iter.Seq[specialization.Specialization] {
	return c.filter(func(specialization.Specialization) bool { return true })
}

// InCategory yields the entries of category cat, retired ones included, in
// catalog order. An invalid category yields nothing.
func (c *Catalog) InCategory(cat specialization.Category) iter.Seq[specialization.Specialization] {
	return c.filter(func(s specialization.Specialization) bool { return s.Category() == cat })
}

// Available yields, in catalog order, the entries a partner holding the
// designations held can pursue on the date on: those aligned with at least
// one held designation (RULES CAT-2) and not retired on that date. Retired
// is the first day an entry is no longer offered, so an entry retired on
// 2023-01-09 is yielded for 2023-01-08 and not for 2023-01-09. Expert
// programs are included. The zero Date is no date, and yields nothing.
func (c *Catalog) Available(held specialization.DesignationSet, on date.Date) iter.Seq[specialization.Specialization] {
	return c.filter(func(s specialization.Specialization) bool {
		if on.IsZero() || !held.Intersects(s.Designations()) {
			return false
		}
		retired, ok := s.Retired()
		return !ok || on.Before(retired)
	})
}

// filter yields the entries keep accepts, in catalog order.
func (c *Catalog) filter(keep func(specialization.Specialization) bool) iter.Seq[specialization.Specialization] {
	var entries []specialization.Specialization
	if c != nil {
		entries = c.entries
	}
	return func(yield func(specialization.Specialization) bool) {
		for _, s := range entries {
			if keep(s) && !yield(s) {
				return
			}
		}
	}
}
