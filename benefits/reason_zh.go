package benefits

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/partnerkit/specializations/specialization"
)

// designationsZh returns the Chinese names of s joined by "或", the way the
// seed's designation table reads.
func designationsZh(s specialization.DesignationSet) string {
	var parts []string
	for d := range s.All() {
		if parts != nil {
			parts = append(parts, "或")
		}
		parts = append(parts, d.LocalName("zh-Hans"))
	}
	return zhJoin(parts...)
}

// zhJoin joins the parts of a Chinese sentence with a space where a Latin
// letter or digit meets a Han character ("上限 3 个", "Azure 类别"), the
// spacing of the seed's text. Only the joins are spaced: a name keeps its
// own spelling, and full-width punctuation takes no space.
func zhJoin(parts ...string) string {
	var b strings.Builder
	for _, s := range parts {
		if b.Len() > 0 && s != "" {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(s)
			if isLatin(last) && unicode.Is(unicode.Han, first) || unicode.Is(unicode.Han, last) && isLatin(first) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// isLatin reports whether r is an ASCII letter or digit.
func isLatin(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
