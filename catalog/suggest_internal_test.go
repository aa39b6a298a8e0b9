package catalog

import "testing"

func TestDistance(t *testing.T) {
	tests := []struct {
		name, q, k string
		want       ratio
	}{
		{"CAT-3 same key", "sales", "sales", ratio{0, 5}},
		{"CAT-3 one substitution", "finanse", "finance", ratio{1, 7}},
		{"CAT-3 one insertion", "threatprotections", "threatprotection", ratio{1, 17}},
		{"CAT-3 a word inside a name: half the plain distance", "kubernetes", "kubernetesonazure", ratio{7, 34}},
		{"CAT-3 two runes inside a name get no discount", "ai", "aiappsonazure", ratio{11, 13}},
		{"CAT-3 runes, not bytes: one Chinese substitution", "上的分折", "上的分析", ratio{1, 4}},
		{"CAT-3 lengths too far apart to be suggested", "a", "abcdefgh", ratio{7, 8}},
		{"CAT-3 nothing in common", "abc", "xyz", ratio{3, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := distance([]rune(tt.q), []rune(tt.k)); got.compare(tt.want) != 0 {
				t.Errorf("distance(%q, %q) = %v, want %v", tt.q, tt.k, got, tt.want)
			}
		})
	}
}

func TestLevenshtein(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"kitten", "sitting", 3},
		{"flaw", "lawn", 2}, {"云安全", "云安全性", 1}, {"ab", "ba", 2},
	}
	for _, tt := range tests {
		if got := levenshtein([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("CAT-3 levenshtein(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestRatioCompare(t *testing.T) {
	if (ratio{1, 2}).compare(ratio{2, 4}) != 0 || !(ratio{1, 3}).less(ratio{1, 2}) || (ratio{2, 5}).less(ratio{2, 5}) {
		t.Error("ratio compares fractions by value: 1/2 = 2/4, 1/3 < 1/2, 2/5 not < 2/5")
	}
}
