package catalog

import (
	"unicode"
	"unicode/utf8"
)

// maxKey is the longest lookup key, in bytes. The longest key of the
// built-in catalog is about a third of it; the bound lets Lookup build its
// key in a stack array instead of allocating.
const maxKey = 256

// dropped is the word every key loses: the seed prints "Microsoft" in, out
// of and in the middle of names at will ("将企业应用程序迁移到 azure
// Microsoft", "Microsoft低代码应用程序开发").
const dropped = "microsoft"

// key reduces s to its lookup key in buf and returns its length: letters
// and digits only, case-folded, "&" as "and", and "microsoft" removed
// wherever it occurs once spaces and punctuation are gone (so "Microsoft
// Azure" and "MicrosoftAzure" agree). ok is false when the key outgrows buf
// at any point; an empty key (n == 0, ok true) names nothing.
//
// Removal is checked each time a 't' is appended, so it repeats until no
// "microsoft" is left ("micromicrosoftsoft" reduces to ""). New and Lookup
// share this function, which is all that matters for consistency. ASCII,
// the bulk of most names, takes the table-driven path inlined here.
func key(buf *[maxKey]byte, s string) (n int, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if n, ok = appendRune(buf, n, r, s[i:i+size]); !ok {
				return 0, false
			}
			i += size
			continue
		}
		i++
		switch k := asciiKey[c]; k {
		case 0: // space or punctuation
		case '&':
			if n, ok = appendAnd(buf, n); !ok {
				return 0, false
			}
		default:
			if n == maxKey {
				return 0, false
			}
			buf[n] = k
			n++
			if k == 't' && n >= len(dropped) && string(buf[n-len(dropped):n]) == dropped {
				n -= len(dropped)
			}
		}
	}
	return n, true
}

// asciiKey maps each ASCII byte to its key form: the lower-case letter or
// the digit, '&' for itself (read as "and"), and 0 for bytes dropped.
const asciiKey = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" + // control
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" + // control
	"\x00\x00\x00\x00\x00\x00&\x00\x00\x00\x00\x00\x00\x00\x00\x00" + // space !"#$%&'()*+,-./
	"0123456789\x00\x00\x00\x00\x00\x00" + // digits :;<=>?
	"\x00abcdefghijklmno" + // @A-O
	"pqrstuvwxyz\x00\x00\x00\x00\x00" + // P-Z [\]^_
	"\x00abcdefghijklmno" + // `a-o
	"pqrstuvwxyz\x00\x00\x00\x00\x00" // p-z {|}~ DEL

// appendRune appends the key form of the non-ASCII rune r, whose UTF-8
// encoding in the input is raw, to buf[:n].
func appendRune(buf *[maxKey]byte, n int, r rune, raw string) (int, bool) {
	switch {
	case 0x4E00 <= r && r <= 0x9FFF:
		// CJK Unified Ideographs, the bulk of any Chinese name: letters
		// without case, copied as they are without table look-ups.
		if n+len(raw) > maxKey {
			return 0, false
		}
		return n + copy(buf[n:], raw), true
	case r == '＆': // fullwidth ampersand
		return appendAnd(buf, n)
	case !unicode.IsLetter(r) && !unicode.IsDigit(r):
		return n, true // invalid UTF-8, Chinese punctuation, symbols, marks
	}
	r = fold(r)
	if r < utf8.RuneSelf {
		return appendByte(buf, n, byte(r)) // the Kelvin sign folds to 'k'
	}
	if n+utf8.RuneLen(r) > maxKey {
		return 0, false
	}
	return n + utf8.EncodeRune(buf[n:], r), true
}

// fold maps every rune of a simple case-folding orbit to one member, the
// lower case of its upper case: 'ſ' and 'S' give 's', 'ς' and 'Σ' give 'σ',
// the Kelvin sign gives 'k'.
func fold(r rune) rune { return unicode.ToLower(unicode.ToUpper(r)) }

func appendAnd(buf *[maxKey]byte, n int) (int, bool) {
	if n+len("and") > maxKey {
		return 0, false
	}
	return n + copy(buf[n:], "and"), true
}

// appendByte appends the ASCII letter or digit c, then drops a "microsoft"
// the byte completes.
func appendByte(buf *[maxKey]byte, n int, c byte) (int, bool) {
	if n == maxKey {
		return 0, false
	}
	buf[n] = c
	n++
	if c == 't' && n >= len(dropped) && string(buf[n-len(dropped):n]) == dropped {
		n -= len(dropped)
	}
	return n, true
}
