// Package langtag reads the BCP 47 language tags the library's text functions
// take. It is internal: the exported functions document which tags they
// accept, and the reading is one rule kept in one place.
package langtag

import "strings"

// IsSimplifiedChinese reports whether the BCP 47 tag asks for Simplified
// Chinese: "zh" alone, a "Hans" script, or the regions CN, SG and MY without
// a "Hant" script. Case is ignored and "_" reads as "-". Traditional
// Chinese ("zh-TW", "zh-Hant", "zh-HK") is not.
func IsSimplifiedChinese(tag string) bool {
	first, rest := nextSubtag(tag)
	if !strings.EqualFold(first, "zh") {
		return false
	}
	simplified := true
	for rest != "" {
		var p string
		p, rest = nextSubtag(rest)
		switch {
		case strings.EqualFold(p, "hans"):
			return true
		case strings.EqualFold(p, "hant"), strings.EqualFold(p, "tw"), strings.EqualFold(p, "hk"),
			strings.EqualFold(p, "mo"):
			simplified = false
		}
	}
	return simplified
}

// nextSubtag splits tag at its first "-" or "_"; it allocates nothing,
// unlike lowering and splitting the tag.
func nextSubtag(tag string) (subtag, rest string) {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		return tag[:i], tag[i+1:]
	}
	return tag, ""
}
