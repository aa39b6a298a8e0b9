package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The text report is laid out in terminal cells: a Han character or a
// full-width punctuation mark takes two cells, other printable characters
// one. This is the East Asian Width rule reduced to the scripts the
// catalog and the explanations use; it needs no table and no dependency.

// cells returns the number of terminal cells s takes.
func cells(s string) (n int) {
	for _, r := range s {
		n += runeCells(r)
	}
	return n
}

// runeCells is 2 for wide runes, 0 for control and combining marks, else 1.
func runeCells(r rune) int {
	switch {
	case r < 0x20 || r == 0x7f || unicode.Is(unicode.Mn, r):
		return 0
	case isWide(r):
		return 2
	}
	return 1
}

// isWide reports East Asian Wide and Fullwidth runes: Han, kana, Hangul,
// CJK punctuation and the full-width forms.
func isWide(r rune) bool {
	return (r >= 0x1100 && r <= 0x115f) || (r >= 0x2e80 && r <= 0xa4cf && r != 0x303f) ||
		(r >= 0xac00 && r <= 0xd7a3) || (r >= 0xf900 && r <= 0xfaff) || (r >= 0xfe30 && r <= 0xfe4f) ||
		(r >= 0xff00 && r <= 0xff60) || (r >= 0xffe0 && r <= 0xffe6) || (r >= 0x20000 && r <= 0x3fffd)
}

// wrap breaks s into lines of at most width cells (2 or more). It breaks at
// spaces, and between wide characters (Chinese has no spaces), never before
// closing punctuation; a word wider than a line is cut. Runs of spaces
// collapse to one; line breaks in s are kept.
func wrap(s string, width int) []string {
	width = max(width, 2)
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		var line strings.Builder
		w := 0
		for _, t := range tokenize(para) {
			tw, sep := cells(t.text), 0
			if t.space && line.Len() > 0 {
				sep = 1
			}
			if line.Len() > 0 && w+sep+tw > width {
				lines = append(lines, line.String())
				line.Reset()
				w, sep = 0, 0
			}
			for tw > width { // a word longer than a line; the line is empty here
				head, rest := cutCells(t.text, width)
				lines = append(lines, head)
				t.text, tw = rest, tw-cells(head)
			}
			line.WriteString(strings.Repeat(" ", sep) + t.text)
			w += sep + tw
		}
		lines = append(lines, line.String())
	}
	return lines
}

// piece is an unbreakable piece of text and whether a space precedes it.
type piece struct {
	text  string
	space bool
}

// tokenize splits s at spaces and around wide characters. A closing
// punctuation mark stays with the token before it and an opening one with
// the token after it (kinsoku), whether full-width or ASCII.
func tokenize(s string) []piece {
	var toks []piece
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		start := i
		i += size
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		n := len(toks)
		last, _ := utf8.DecodeLastRuneInString(s[:start])
		if n > 0 && !space && (strings.ContainsRune(closing, r) || strings.ContainsRune(opening, last) ||
			(!isWide(r) && !isWide(last))) {
			toks[n-1].text = s[start-len(toks[n-1].text) : i] // contiguous: no space between
		} else {
			toks = append(toks, piece{text: s[start:i], space: space})
		}
		space = false
	}
	return toks
}

// Kinsoku: closing punctuation must not start a line, opening
// punctuation must not end one.
const (
	closing = "，。、；：！？）」』》】〕”’,.;:!?)]}"
	opening = "（「『《【〔“‘([{"
)

// cutCells splits s after at most n cells (at least one rune).
func cutCells(s string, n int) (head, rest string) {
	w := 0
	for i, r := range s {
		rw := runeCells(r)
		if w+rw > n && i > 0 {
			return s[:i], s[i:]
		}
		w += rw
	}
	return s, ""
}
