package catalog

import (
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
		ok       bool
	}{
		{"CAT-3 ASCII case folded, spaces dropped", "Analytics On Azure", "analyticsonazure", true},
		{"CAT-3 word Microsoft removed", "Analytics on Microsoft Azure", "analyticsonazure", true},
		{"CAT-3 Microsoft removed without spaces around it", "AnalyticsOnMicrosoftAzure", "analyticsonazure", true},
		{"CAT-3 Microsoft removed before Chinese", "Microsoft低代码应用程序开发", "低代码应用程序开发", true},
		{"CAT-3 Microsoft removed at the end", "将企业应用程序迁移到 azure Microsoft", "将企业应用程序迁移到azure", true},
		{"CAT-3 Microsoft removed until none is left", "micromicrosoftsoft", "", true},
		{"CAT-3 Microsoft 365 keeps 365", "Microsoft 365", "365", true},
		{"CAT-3 & is and", "Data & AI", "dataandai", true},
		{"CAT-3 fullwidth ＆ is and", "Data＆AI", "dataandai", true},
		{"CAT-3 Chinese punctuation dropped", "甲（乙），丙。", "甲乙丙", true},
		{"CAT-3 ASCII punctuation dropped", "a-b_c.d/e(f)'g\"h", "abcdefgh", true},
		{"CAT-3 Unicode simple folding: Kelvin sign", "\u212A", "k", true},
		{"CAT-3 Unicode simple folding: long s", "ſales", "sales", true},
		{"CAT-3 Unicode simple folding: final sigma", "ΣΑΣ ς", "σασσ", true},
		{"CAT-3 Unicode letters kept", "Ünïcödé", "ünïcödé", true},
		{"CAT-3 invalid UTF-8 dropped", "sa\xffles", "sales", true},
		{"CAT-3 empty", "", "", true},
		{"CAT-3 256 bytes fit", strings.Repeat("a", 256), strings.Repeat("a", 256), true},
		{"CAT-3 257 bytes do not", strings.Repeat("a", 257), "", false},
		{"CAT-3 Chinese over 256 bytes does not", strings.Repeat("云", 86), "", false},
		{"CAT-3 too long before Microsoft is removed", strings.Repeat("a", 250) + "Microsoft", "", false},
		{"CAT-3 & over the limit", strings.Repeat("a", 254) + "&", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf [maxKey]byte
			n, ok := key(&buf, tt.in)
			if got := string(buf[:n]); got != tt.want || ok != tt.ok {
				t.Errorf("key(%.40q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestASCIIKeyTable checks the hand-written table against its definition.
func TestASCIIKeyTable(t *testing.T) {
	if len(asciiKey) != 128 {
		t.Fatalf("len(asciiKey) = %d, want 128", len(asciiKey))
	}
	for c := 0; c < 128; c++ {
		var want byte
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '&':
			want = byte(c)
		case 'A' <= c && c <= 'Z':
			want = byte(c - 'A' + 'a')
		}
		if asciiKey[c] != want {
			t.Errorf("asciiKey[%q] = %q, want %q", rune(c), asciiKey[c], want)
		}
	}
}
