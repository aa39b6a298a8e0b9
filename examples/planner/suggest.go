package main

import (
	"slices"
	"strings"
	"unicode"

	"github.com/partnerkit/specializations/catalog"
	"github.com/partnerkit/specializations/specialization"
)

// Suggestions for an unknown specialization name come from a normalized
// edit distance between the name and every ID, English name, Chinese name
// and alias in the catalog, all reduced to a key first (as Lookup does:
// case, spacing, punctuation and the word "Microsoft" do not matter). A
// name that is part of a catalog name ("Kubernetes") also counts as close.
const (
	maxSuggestDistance = 0.4 // edit distance / longer key length
	maxSuggestRunes    = 200 // longer input gets no suggestion: it is no name
)

// suggest returns up to max catalog names close to name, closest first
// (ties in catalog order). It names entries in the script of the input:
// the Chinese name for input with Han characters, the English one
// otherwise.
func suggest(cat *catalog.Catalog, name string, max int) []string {
	q := nameKey(name)
	if q == "" || len([]rune(q)) > maxSuggestRunes {
		return nil
	}
	type candidate struct {
		name  string
		score float64
		order int
	}
	var found []candidate
	i := 0
	for s := range cat.All() {
		if score := closeness(name, s); score <= maxSuggestDistance {
			found = append(found, candidate{displayName(s, name), score, i})
		}
		i++
	}
	slices.SortStableFunc(found, func(a, b candidate) int {
		if a.score != b.score {
			if a.score < b.score {
				return -1
			}
			return 1
		}
		return a.order - b.order
	})
	var names []string
	for _, c := range found[:min(max, len(found))] {
		names = append(names, c.name)
	}
	return names
}

// closeness is the smallest distance between the input and any name of
// s: by key, or 0.3 when every word of the input is a word of the name
// ("Teams calling" for "Calling for Microsoft Teams").
func closeness(input string, s specialization.Specialization) float64 {
	q, qWords := nameKey(input), nameWords(input)
	names := []string{string(s.ID()), s.Name(), s.LocalName("zh-Hans")}
	for a := range s.Aliases() {
		names = append(names, a)
	}
	best := 1.0
	for _, n := range names {
		best = min(best, distance(q, nameKey(n)))
		if len(qWords) > 0 && isSubset(qWords, nameWords(n)) {
			best = min(best, 0.3)
		}
	}
	return best
}

// nameWords returns the words of a name of three letters or more, lower
// case, without "microsoft".
func nameWords(s string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len([]rune(w)) >= 3 && w != "microsoft" {
			words = append(words, w)
		}
	}
	return words
}

func isSubset(words, of []string) bool {
	for _, w := range words {
		if !slices.Contains(of, w) {
			return false
		}
	}
	return true
}

// distance is the edit distance between two keys divided by the length of
// the longer, in runes; a key of three or more runes found inside the
// other scores 0.3, so that a distinctive word suggests its entry.
func distance(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 1
	}
	d := float64(levenshtein(ra, rb)) / float64(max(len(ra), len(rb)))
	if len(ra) >= 3 && strings.Contains(b, a) {
		d = min(d, 0.3)
	}
	return d
}

// levenshtein counts the insertions, deletions and substitutions that
// turn a into b, keeping two rows of the dynamic-programming table.
func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
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

// nameKey reduces a name the way catalog.Lookup documents it: lower case,
// "&" as "and", only letters and digits, and no "microsoft".
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ReplaceAll(s, "&", "and") {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.ReplaceAll(b.String(), "microsoft", "")
}

// displayName names s in the script of the input.
func displayName(s specialization.Specialization, input string) string {
	if strings.ContainsFunc(input, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return s.LocalName("zh-Hans")
	}
	return s.Name()
}
