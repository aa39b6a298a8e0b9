package specialization

import (
	"encoding/json"
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

// DesignationSet is a set of Solutions Partner designations, held as a bit
// set: a small comparable value whose zero value is the empty set.
type DesignationSet uint8

// allDesignations has a bit for each valid Designation.
const allDesignations = DesignationSet(1<<DesignationDataAndAI | 1<<DesignationDigitalAndAppInnovation |
	1<<DesignationInfrastructure | 1<<DesignationBusinessApplications | 1<<DesignationModernWork |
	1<<DesignationSecurity)

// Designations returns the set of ds. Values that are not valid designations
// are left out.
func Designations(ds ...Designation) DesignationSet {
	var s DesignationSet
	for _, d := range ds {
		if d.Valid() {
			s |= 1 << d
		}
	}
	return s
}

// Has reports whether d is in s.
func (s DesignationSet) Has(d Designation) bool { return d.Valid() && s&(1<<d) != 0 }

// Intersects reports whether s and o have a designation in common.
func (s DesignationSet) Intersects(o DesignationSet) bool { return s&o&allDesignations != 0 }

// Len returns the number of designations in s.
func (s DesignationSet) Len() int {
	return bits.OnesCount8(uint8(s & allDesignations))
}

// IsEmpty reports whether s holds no designation.
func (s DesignationSet) IsEmpty() bool { return s&allDesignations == 0 }

// All yields the designations in s in ascending order.
func (s DesignationSet) All() iter.Seq[Designation] {
	return func(yield func(Designation) bool) {
		for d := DesignationDataAndAI; d <= DesignationSecurity; d++ {
			if s.Has(d) && !yield(d) {
				return
			}
		}
	}
}

// String lists the English names joined by " or " ("Data & AI or
// Infrastructure"), the way the seed's table reads; "" for the empty set.
func (s DesignationSet) String() string {
	var b strings.Builder
	for d := range s.All() {
		if b.Len() > 0 {
			b.WriteString(" or ")
		}
		b.WriteString(d.String())
	}
	return b.String()
}

// MarshalJSON writes s as an array of slugs in ascending order
// (["data-and-ai","infrastructure"]); the empty set is [].
func (s DesignationSet) MarshalJSON() ([]byte, error) {
	b := []byte{'['}
	for d := range s.All() {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, designationNames[d].slug...)
		b = append(b, '"')
	}
	return append(b, ']'), nil
}

// UnmarshalJSON reads an array of designations, each as ParseDesignation
// accepts it (slug or English name). null leaves s unchanged; an unknown name
// is an error wrapping ErrUnknownValue and leaves s unchanged.
func (s *DesignationSet) UnmarshalJSON(b []byte) error {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return fmt.Errorf("specialization: designations: %w", err)
	}
	if names == nil {
		return nil
	}
	var set DesignationSet
	for _, n := range names {
		d, err := ParseDesignation(n)
		if err != nil {
			return err
		}
		set |= 1 << d
	}
	*s = set
	return nil
}
