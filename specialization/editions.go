package specialization

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/partnerkit/specializations/date"
)

// ErrNotOffered reports enrolling in, or earning, an entry on a day it is
// not offered (RULES EDN-3). The *NotOfferedError that wraps it names the
// entry, the day and the days it is offered.
var ErrNotOffered = errors.New("not offered")

// NotOfferedError describes a day on which an entry cannot be earned. It
// wraps ErrNotOffered.
type NotOfferedError struct {
	ID         ID
	Name       string    // the entry's name in force on Day
	Day        date.Date // the day asked
	Introduced date.Date // first day offered; zero when unknown
	Closes     date.Date // first day no longer offered; zero when open
}

// Error reads `specialization: entry "kubernetes" (Kubernetes on Microsoft
// Azure) on 2026-08-01: closed to new enrollments from 2026-07-31: not
// offered`.
func (e *NotOfferedError) Error() string {
	var b strings.Builder
	b.WriteString("specialization: ")
	if e.ID == "" && e.Name == "" {
		b.WriteString("no entry") // the zero Specialization
	} else {
		fmt.Fprintf(&b, "entry %q (%s)", e.ID, e.Name)
	}
	switch {
	case e.Day.IsZero():
		b.WriteString(": no day given")
	case !e.Introduced.IsZero() && e.Day.Before(e.Introduced):
		fmt.Fprintf(&b, " on %v: introduced %v", e.Day, e.Introduced)
	case e.Closes.IsZero():
		fmt.Fprintf(&b, " on %v", e.Day)
	default:
		fmt.Fprintf(&b, " on %v: closed to new enrollments from %v", e.Day, e.Closes)
	}
	return b.String() + ": " + ErrNotOffered.Error()
}

// Unwrap returns ErrNotOffered.
func (e *NotOfferedError) Unwrap() error { return ErrNotOffered }

// Change is one dated revision of an entry's terms (RULES EDN-1, EDN-2). A
// zero field keeps the term in force; every name an entry ever had stays
// resolvable as an alias. A change that gives a new English Name without a
// ChineseName clears the Chinese name rather than keep one that is no
// longer true (EDN-2).
type Change struct {
	On            date.Date      `json:"on"`            // first day in force; required
	Name          string         `json:"name"`          // new English name
	ChineseName   string         `json:"chineseName"`   // new Chinese name
	Designations  DesignationSet `json:"designations"`  // new aligned designations
	Validation    Validation     `json:"validation"`    // new manual validation
	Qualification Qualification  `json:"qualification"` // new published figures (nil keeps them)
	ShiftMonths   int            `json:"shiftMonths"`   // anniversaries on or after On move this many months later, 0..12 (EDN-5)
	Inferred      bool           `json:"inferred"`      // On is inferred under EDN-8, not published
	Reported      bool           `json:"reported"`      // known from third-party reports quoting Microsoft, not read at the source
	Source        string         `json:"source"`        // where it is published or reported, with the page's date; required
}

// Equal reports whether c and o are the same change.
func (c Change) Equal(o Change) bool {
	return c.On == o.On && c.Name == o.Name && c.ChineseName == o.ChineseName &&
		c.Designations == o.Designations && c.Validation == o.Validation &&
		c.Qualification.Equal(o.Qualification) && (c.Qualification == nil) == (o.Qualification == nil) &&
		c.ShiftMonths == o.ShiftMonths && c.Inferred == o.Inferred && c.Reported == o.Reported &&
		c.Source == o.Source
}

// changesTerms reports whether c changes any term.
func (c *Change) changesTerms() bool {
	return c.Name != "" || c.ChineseName != "" || c.Designations != 0 || c.Validation != 0 ||
		c.Qualification != nil || c.ShiftMonths != 0
}

// apply returns t overridden by c, in force from c.On (EDN-2).
func (t terms) apply(c Change) terms {
	t.since = c.On
	if c.Name != "" && c.Name != t.name {
		// A rename without a Chinese name leaves no true Chinese name;
		// restating the name in force renames nothing.
		t.name, t.chineseName = c.Name, ""
	}
	if c.ChineseName != "" {
		t.chineseName = c.ChineseName
	}
	if c.Designations != 0 {
		t.designations = c.Designations
	}
	if c.Validation != 0 {
		t.validation = c.Validation
	}
	if c.Qualification != nil {
		t.qualification = c.Qualification
	}
	return t
}

// formerNames returns d's Aliases followed by every name of its base terms
// and changes that is neither a name of latest nor already listed.
func formerNames(d *Definition, latest terms) []string {
	names := slices.Clone(d.Aliases)
	add := func(n string) {
		if n != "" && n != latest.name && n != latest.chineseName && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	add(d.Name)
	add(d.ChineseName)
	for _, c := range d.Changes {
		add(c.Name)
		add(c.ChineseName)
	}
	return slices.Clip(names)
}

func validateDates(d Definition) error {
	bad := func(field, reason string) error {
		return &DefinitionError{ID: d.ID, Field: field, Reason: reason}
	}
	switch {
	case !d.Introduced.IsZero() && !d.Retired.IsZero() && !d.Retired.After(d.Introduced):
		return bad("Retired", fmt.Sprintf("%v is not after Introduced %v", d.Retired, d.Introduced))
	case !d.Introduced.IsZero() && !d.Closes.IsZero() && !d.Closes.After(d.Introduced):
		return bad("Closes", fmt.Sprintf("%v is not after Introduced %v", d.Closes, d.Introduced))
	case !d.Closes.IsZero() && !d.Retired.IsZero() && d.Closes.After(d.Retired):
		return bad("Closes", fmt.Sprintf("%v is after Retired %v", d.Closes, d.Retired))
	case d.CarriesOver && (d.Retired.IsZero() || d.ReplacedBy == ""):
		return bad("CarriesOver", "set without both Retired and ReplacedBy")
	}
	return nil
}

func validateChanges(d Definition) error {
	prev := d.Introduced
	for i, c := range d.Changes {
		bad := func(reason string) error {
			return &DefinitionError{ID: d.ID, Field: fmt.Sprintf("Changes[%d]", i), Reason: reason}
		}
		switch {
		case c.On.IsZero():
			return bad("no On day")
		case i == 0 && c.On.Before(prev):
			return bad(fmt.Sprintf("%v is before Introduced %v", c.On, prev))
		case i > 0 && !c.On.After(prev):
			return bad(fmt.Sprintf("%v is not after the previous change, %v", c.On, prev))
		case c.Source == "" || strings.TrimSpace(c.Source) != c.Source:
			return bad("empty Source, or one with surrounding space")
		case c.ShiftMonths < 0 || c.ShiftMonths > 12:
			return bad(fmt.Sprintf("ShiftMonths %d outside 0..12", c.ShiftMonths))
		case strings.TrimSpace(c.Name) != c.Name || strings.TrimSpace(c.ChineseName) != c.ChineseName:
			return bad("a name with surrounding space")
		case c.Designations&^allDesignations != 0:
			return bad("Designations holding a bit that is no designation")
		case c.Validation != 0 && !c.Validation.Valid():
			return bad(fmt.Sprintf("Validation %d out of range", c.Validation))
		case !c.changesTerms():
			return bad("changes no term")
		}
		if reason := c.Qualification.validate(); reason != "" {
			return &DefinitionError{ID: d.ID, Field: fmt.Sprintf("Changes[%d].Qualification", i), Reason: reason}
		}
		prev = c.On
	}
	return nil
}

// On returns the view of the same entry with the terms in force on d: the
// base terms overridden, field by field, by every change dated on or before
// d (RULES EDN-2). Before the first change, or for the zero Date, that is
// the base terms. It is the same from any view of the entry.
func (s Specialization) On(d date.Date) Specialization {
	if s.e == nil {
		return s
	}
	s.v = s.e.at(d)
	return s
}

// at returns the index of the terms in force on d.
func (e *entry) at(d date.Date) int {
	i := len(e.def.Changes)
	for i > 0 && d.Before(e.def.Changes[i-1].On) {
		i--
	}
	return i
}

// Since returns the first day of the view's terms: the On of the change
// that brought them in, or Introduced for the base terms (zero when that is
// not known).
func (s Specialization) Since() date.Date { return s.terms().since }

// Introduced returns the first day the entry is offered and true, or the
// zero Date and false when it predates the catalog's records (EDN-3).
func (s Specialization) Introduced() (date.Date, bool) {
	d := s.def().Introduced
	return d, !d.IsZero()
}

// Closes returns the first day the entry takes no new enrollment and true:
// its Closes day, else its Retired day. It returns false when neither is
// recorded (EDN-3).
func (s Specialization) Closes() (date.Date, bool) {
	d := s.def()
	if !d.Closes.IsZero() {
		return d.Closes, true
	}
	return d.Retired, !d.Retired.IsZero()
}

// Offered reports whether the entry can be earned on d: Introduced (when
// known) on or before d, and d before Closes, else before Retired (RULES
// EDN-3). Nothing is offered on the zero Date, nor by the zero
// Specialization.
func (s Specialization) Offered(d date.Date) bool {
	if s.e == nil || d.IsZero() {
		return false
	}
	closes, ok := s.Closes()
	return !d.Before(s.e.def.Introduced) && (!ok || d.Before(closes))
}

// CheckOffered returns nil when the entry is offered on d, and otherwise a
// *NotOfferedError wrapping ErrNotOffered that names the entry and its
// dates. It is the one check behind enrolling and earning (EDN-3).
func (s Specialization) CheckOffered(d date.Date) error {
	if s.Offered(d) {
		return nil
	}
	closes, _ := s.Closes()
	return &NotOfferedError{ID: s.ID(), Name: s.On(d).Name(), Day: d, Introduced: s.def().Introduced, Closes: closes}
}

// CarriesOver reports whether, on retirement, holders continue in the
// ReplacedBy entry with their anniversary kept (RULES EDN-6).
func (s Specialization) CarriesOver() bool { return s.def().CarriesOver }

// Source returns where the entry's base terms are published.
func (s Specialization) Source() string { return s.def().Source }

// Changes yields copies of the entry's dated changes in date order, the
// same from every view.
func (s Specialization) Changes() iter.Seq[Change] {
	changes := s.def().Changes
	return func(yield func(Change) bool) {
		for _, c := range changes {
			c.Qualification = c.Qualification.clone()
			if !yield(c) {
				return
			}
		}
	}
}

// ShiftMonths returns how many months anniversary, an anniversary computed
// by RULES INT-2 before any shift of an enrollment made on enrolled, moves
// later (EDN-5): the sum of the shifts of the changes dated after enrolled
// and on or before anniversary. Each shift applies to the unshifted
// anniversary, so shifts add up rather than chain.
func (s Specialization) ShiftMonths(enrolled, anniversary date.Date) int {
	n := 0
	for _, c := range s.def().Changes {
		if c.ShiftMonths != 0 && enrolled.Before(c.On) && !anniversary.Before(c.On) {
			n += c.ShiftMonths
		}
	}
	return n
}
