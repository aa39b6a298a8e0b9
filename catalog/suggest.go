package catalog

import (
	"slices"
	"unicode/utf8"

	"github.com/partnerkit/specializations/specialization"
)

// Suggest returns up to n entries, latest views, whose names come closest
// to name: the "did you mean" for a name Lookup does not find. It compares
// lookup keys, the same reduction Lookup uses (see the package doc), so
// case, spacing, punctuation and the word "Microsoft" never make a
// difference, and it considers every name an entry ever had.
//
// The distance between the input's key q and a name's key k, both counted
// in runes, is the Levenshtein edit distance (insertions, deletions and
// substitutions) divided by the longer length, from 0 (same key) to 1. When
// q has three runes or more and occurs whole inside k, the distance is half
// that, so that a distinctive word ("Kubernetes", "Teams") suggests its
// entries, the fuller match first. An entry's distance is that of its
// closest name, and entries farther than 0.4 are never suggested.
//
// Entries come closest first; equal distances keep catalog order, so the
// result is deterministic. A name Lookup finds comes first (distance 0).
// n <= 0, a name whose key is empty or longer than 256 bytes, or no entry
// within reach gives nil. Word order is not forgiven: "Teams Calling" is
// far from "Calling for Microsoft Teams" except through its words.
func (c Catalog) Suggest(name string, n int) []specialization.Specialization {
	if c.c == nil || n <= 0 {
		return nil
	}
	var buf [maxKey]byte
	kn, ok := key(&buf, name)
	if !ok || kn == 0 {
		return nil
	}
	var qbuf [maxKey]rune
	q := toRunes(qbuf[:0], buf[:kn])
	type candidate struct {
		at   int // index in catalog order
		dist ratio
	}
	var found []candidate
	for i, keys := range c.c.keys {
		best := ratio{1, 1}
		for _, k := range keys {
			if d := distance(q, k); d.less(best) {
				best = d
			}
		}
		if !farthest().less(best) {
			found = append(found, candidate{i, best})
		}
	}
	slices.SortStableFunc(found, func(a, b candidate) int { return a.dist.compare(b.dist) })
	var out []specialization.Specialization
	for _, f := range found[:min(n, len(found))] {
		out = append(out, c.c.entries[f.at])
	}
	return out
}

// farthest is the greatest distance at which an entry is still suggested:
// 0.4.
func farthest() ratio { return ratio{2, 5} }

// ratio is a distance kept as an exact fraction, so that ties are ties.
type ratio struct{ num, den int }

func (a ratio) compare(b ratio) int {
	l, r := a.num*b.den, b.num*a.den
	switch {
	case l < r:
		return -1
	case l > r:
		return 1
	}
	return 0
}

func (a ratio) less(b ratio) bool { return a.compare(b) < 0 }

// distance is the documented distance of Suggest between the keys q and k.
func distance(q, k []rune) ratio {
	longer := max(len(q), len(k))
	if len(q) >= 3 && containsRunes(k, q) {
		return ratio{len(k) - len(q), 2 * longer}
	}
	// The edit distance is at least the difference in length: skip the
	// table when even that is too far.
	if lower := (ratio{abs(len(q) - len(k)), longer}); farthest().less(lower) {
		return lower
	}
	return ratio{levenshtein(q, k), longer}
}

// levenshtein counts the insertions, deletions and substitutions that
// turn a into b, keeping two rows of the table on the stack; both are
// lookup keys, at most maxKey runes.
func levenshtein(a, b []rune) int {
	var rows [2][maxKey + 1]int
	prev, cur := &rows[0], &rows[1]
	for j := range len(b) + 1 {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// containsRunes reports whether sub occurs in s.
func containsRunes(s, sub []rune) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// nameKeys returns the distinct lookup keys of every name of s, as runes.
// New has already checked that each name has a usable key.
func nameKeys(s specialization.Specialization) [][]rune {
	var keys [][]rune
	var buf [maxKey]byte
	for name := range names(s) {
		n, _ := key(&buf, name)
		k := toRunes(nil, buf[:n])
		if !slices.ContainsFunc(keys, func(o []rune) bool { return slices.Equal(o, k) }) {
			keys = append(keys, k)
		}
	}
	return keys
}

// toRunes appends the runes of the UTF-8 key b to dst.
func toRunes(dst []rune, b []byte) []rune {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		dst = append(dst, r)
		b = b[size:]
	}
	return dst
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
