package langtag

import "testing"

func TestIsSimplifiedChinese(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		want bool
	}{
		{"zh", true}, {"ZH", true}, {"zh-CN", true}, {"zh_cn", true}, {"zh-Hans", true},
		{"zh-SG", true}, {"zh-MY", true}, {"zh-Hans-CN", true}, {"zh-Hans-TW", true},
		{"zh-TW", false}, {"zh-Hant", false}, {"zh-HK", false}, {"zh-MO", false}, {"zh-Hant-CN", false},
		{"en", false}, {"", false}, {"zho", false}, {"z", false}, {"-zh", false},
	} {
		if got := IsSimplifiedChinese(tc.tag); got != tc.want {
			t.Errorf("IsSimplifiedChinese(%q) = %v, want %v", tc.tag, got, tc.want)
		}
	}
}

func BenchmarkIsSimplifiedChinese(b *testing.B) {
	for b.Loop() {
		IsSimplifiedChinese("zh-Hans-CN")
	}
}
