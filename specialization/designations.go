package specialization

import (
	"errors"
	"fmt"
	"iter"
	"math/bits"
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
func (s DesignationSet) All() iter.Seq[Designation] { return designationNames.All(uint8(s)) }

// String lists the English names joined by " or " ("Data & AI or
// Infrastructure"), the way the seed's table reads; "" for the empty set.
func (s DesignationSet) String() string { return designationNames.SetString(uint8(s), " or ") }

// MarshalText writes the slugs in ascending order joined by commas
// ("data-and-ai,infrastructure"); empty text for the empty set. Bits that
// stand for no designation are an *EnumError.
func (s DesignationSet) MarshalText() ([]byte, error) { return designationNames.SetText(uint8(s)) }

// UnmarshalText reads designations separated by commas, each as
// ParseDesignation accepts it; empty text is the empty set, a repeat counts
// once. An unknown or empty member is an *EnumError wrapping
// ErrUnknownValue and leaves s unchanged.
func (s *DesignationSet) UnmarshalText(b []byte) error {
	set, err := designationNames.ParseSet(string(b))
	if err != nil {
		return err
	}
	*s = DesignationSet(set)
	return nil
}

// MarshalJSON writes s as an array of slugs in ascending order
// (["data-and-ai","infrastructure"]); the empty set is []. Bits that stand
// for no designation are an *EnumError.
func (s DesignationSet) MarshalJSON() ([]byte, error) { return designationNames.SetJSON(uint8(s)) }

// UnmarshalJSON reads an array of designations, each as ParseDesignation
// accepts it (slug or English name); [] is the empty set and null leaves s
// unchanged. An unknown name is an *EnumError wrapping ErrUnknownValue,
// and JSON that is no array of strings an error wrapping encoding/json's;
// both leave s unchanged.
func (s *DesignationSet) UnmarshalJSON(b []byte) error {
	set, ok, err := designationNames.ParseSetJSON(b)
	var ee *EnumError
	switch {
	case errors.As(err, &ee):
		return err
	case err != nil:
		return fmt.Errorf("specialization: DesignationSet: %w", err)
	case ok:
		*s = DesignationSet(set)
	}
	return nil
}
