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
	// ErrAmbiguousName reports an ID, or a name an entry ever had
	// (present, former or alias), whose lookup key is also the key of a
	// name of another entry, so Lookup could not tell them apart.
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

// Error names the entry, the name at fault and the other entry involved,
// and ends with the words of the sentinel, once:
//
//	catalog: entry "b": "SALES" also finds entry "sales": ambiguous name
//	catalog: entry "a": Name: empty or with surrounding space: invalid definition
func (e *EntryError) Error() string {
	var de *specialization.DefinitionError
	switch {
	case errors.As(e.Err, &de):
		// The DefinitionError's own message names the entry too.
		return fmt.Sprintf("catalog: entry %q: %s: %s: %v", e.ID, de.Field, de.Reason, specialization.ErrInvalidDefinition)
	case errors.Is(e.Err, ErrAmbiguousName):
		return fmt.Sprintf("catalog: entry %q: %q also finds entry %q: %v", e.ID, e.Name, e.Other, e.Err)
	case errors.Is(e.Err, ErrUnusableName):
		return fmt.Sprintf("catalog: entry %q: %q: %v", e.ID, e.Name, e.Err)
	case errors.Is(e.Err, ErrUnknownReplacement):
		return fmt.Sprintf("catalog: entry %q: ReplacedBy %q: %v", e.ID, e.Other, e.Err)
	}
	return fmt.Sprintf("catalog: entry %q: %v", e.ID, e.Err)
}

// Unwrap returns Err.
func (e *EntryError) Unwrap() error { return e.Err }

// Catalog is an immutable, ordered set of specializations and expert
// programs, found by ID (Get) or by any name they ever had (Lookup). It is a
// small value holding a pointer to data no method changes, so copies share
// it and no caller can change what another sees; == reports whether two
// Catalogs are the same build (Default() == Default()). The zero Catalog is
// empty, and every method works on it. A Catalog is safe for concurrent use.
type Catalog struct {
	c *contents
}

// contents is never modified after New returns.
type contents struct {
	entries []specialization.Specialization // catalog order, latest views
	byID    map[specialization.ID]specialization.Specialization
	byKey   map[string]specialization.Specialization // lookup key of every name ever → entry
	keys    [][][]rune                               // keys[i]: entries[i]'s distinct lookup keys, for Suggest
}

// builtIn builds the built-in catalog on first use. The data is proved
// valid by the package's tests, so the panic cannot happen in a released
// build; it beats handing out a half-built catalog.
var builtIn = sync.OnceValue(func() *contents {
	c, err := New(definitions()...)
	if err != nil {
		panic(fmt.Errorf("%w (built-in data)", err))
	}
	return c.c
})

// Default returns the built-in catalog: RULES CAT-1..CAT-4 and every dated
// change of the EDN table, 38 entries. It is built once, on first use, and
// every call returns the same value.
func Default() Catalog { return Catalog{builtIn()} }

// New builds a catalog of defs. Each definition is validated and
// deep-copied by specialization.New, so changing defs afterwards does not
// change the catalog. Entries are ordered by category, then in the order
// given. New rejects, with an *EntryError: a definition specialization.New
// rejects; a second definition with an ID already given (ErrDuplicateID); a
// ReplacedBy that is no ID in defs (ErrUnknownReplacement); any name an
// entry ever had (ID, English and Chinese names of its base terms and of
// every change, aliases) whose lookup key is empty or too long
// (ErrUnusableName) or is the key of a name of another entry
// (ErrAmbiguousName). An entry's names may share a key among themselves.
// With no defs, New returns the zero Catalog.
func New(defs ...specialization.Definition) (Catalog, error) {
	if len(defs) == 0 {
		return Catalog{}, nil
	}
	c := &contents{
		entries: make([]specialization.Specialization, 0, len(defs)),
		byID:    make(map[specialization.ID]specialization.Specialization, len(defs)),
		byKey:   make(map[string]specialization.Specialization, 6*len(defs)),
	}
	for _, d := range defs {
		if err := c.add(d); err != nil {
			return Catalog{}, err
		}
	}
	for _, s := range c.entries {
		if r := s.ReplacedBy(); r != "" && c.byID[r].IsZero() {
			return Catalog{}, &EntryError{ID: s.ID(), Other: r, Err: ErrUnknownReplacement}
		}
	}
	slices.SortStableFunc(c.entries, func(a, b specialization.Specialization) int {
		return cmp.Compare(a.Category(), b.Category())
	})
	c.keys = make([][][]rune, len(c.entries))
	for i, s := range c.entries {
		c.keys[i] = nameKeys(s)
	}
	return Catalog{c}, nil
}

// add validates d and indexes it by ID and by every name it ever had.
func (c *contents) add(d specialization.Definition) error {
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

// names yields every name Lookup knows s by: ID, the latest English and
// Chinese names, and the aliases, which hold every former name (RULES
// CAT-3, EDN-2).
func names(s specialization.Specialization) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !yield(string(s.ID())) || !yield(s.Name()) {
			return
		}
		if zh := s.ChineseName(); zh != "" && !yield(zh) {
			return
		}
		for a := range s.Aliases() {
			if !yield(a) {
				return
			}
		}
	}
}

// index maps the lookup key of name to s, the latest view.
func (c *contents) index(s specialization.Specialization, name string) error {
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
func (c Catalog) Len() int {
	if c.c == nil {
		return 0
	}
	return len(c.c.entries)
}

// Get returns the latest view of the entry with the given ID, retired or
// not; On gives its terms on another day. IDs are matched exactly; use
// Lookup for names and loosely typed IDs.
func (c Catalog) Get(id specialization.ID) (specialization.Specialization, bool) {
	if c.c == nil {
		return specialization.Specialization{}, false
	}
	s, ok := c.c.byID[id]
	return s, ok
}

// Lookup returns the latest view of the entry that name names: its ID, or
// any English name, Chinese name or alias it ever had (RULES CAT-3, EDN-2),
// compared after reduction to a key (see the package doc): case, spaces,
// punctuation and the word "Microsoft" do not matter, "&" reads as "and".
// Only whole names match, never a prefix. The empty string, a name that
// reduces to nothing, and a name whose key exceeds 256 bytes find nothing.
// Lookup does not allocate. Suggest offers close entries for a name Lookup
// does not find.
func (c Catalog) Lookup(name string) (specialization.Specialization, bool) {
	if c.c == nil {
		return specialization.Specialization{}, false
	}
	var buf [maxKey]byte
	n, ok := key(&buf, name)
	if !ok || n == 0 {
		return specialization.Specialization{}, false
	}
	s, ok := c.c.byKey[string(buf[:n])]
	return s, ok
}

// All yields the latest view of every entry, retired ones included, in
// catalog order: by category, then in the order the definitions were given
// (for Default: the seed page's order, then the entries it does not list,
// entries introduced after it last).
func (c Catalog) All() iter.Seq[specialization.Specialization] {
	return c.filter(func(specialization.Specialization) bool { return true })
}

// InCategory yields the latest views of the entries of category cat,
// retired ones included, in catalog order. An invalid category yields
// nothing.
func (c Catalog) InCategory(cat specialization.Category) iter.Seq[specialization.Specialization] {
	return c.filter(func(s specialization.Specialization) bool { return s.Category() == cat })
}

// Available yields, in catalog order and with the terms in force on the
// date on (s.On(on)), the entries a partner holding the designations held
// can earn that day: those offered on it (specialization.Offered: from
// their introduction, when known, until the day they close or retire,
// RULES EDN-3) and aligned, by that day's terms, with at least one held
// designation (CAT-2). Expert programs are included. So
// Windows Server and SQL Server Migration to Microsoft Azure, retired
// 2023-01-09, is yielded for 2023-01-08 and not for 2023-01-09, and App
// Modernization on Microsoft Azure, introduced 2026-07-31, the other way
// round. The zero Date is no date, and yields nothing.
func (c Catalog) Available(held specialization.DesignationSet, on date.Date) iter.Seq[specialization.Specialization] {
	var entries []specialization.Specialization
	if c.c != nil {
		entries = c.c.entries
	}
	return func(yield func(specialization.Specialization) bool) {
		for _, s := range entries {
			if !s.Offered(on) {
				continue
			}
			if v := s.On(on); held.Intersects(v.Designations()) && !yield(v) {
				return
			}
		}
	}
}

// filter yields the entries keep accepts, in catalog order.
func (c Catalog) filter(keep func(specialization.Specialization) bool) iter.Seq[specialization.Specialization] {
	var entries []specialization.Specialization
	if c.c != nil {
		entries = c.c.entries
	}
	return func(yield func(specialization.Specialization) bool) {
		for _, s := range entries {
			if keep(s) && !yield(s) {
				return
			}
		}
	}
}
