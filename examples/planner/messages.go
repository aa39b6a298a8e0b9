package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/partnerkit/specializations/internal/langtag"
)

// zhJSON holds the Simplified Chinese forms of the planner's own English
// phrases and format strings, with full-width punctuation. Phases and
// outcomes are keyed by the library's English String. Only the planner's
// words are there: whatever states a rule (explanations, benefit reasons,
// requirements, agenda text) comes from the library in the language asked.
//
//go:embed messages.zh-Hans.json
var zhJSON []byte

// zhMessages parses zhJSON once. The file is part of the program and
// TestEveryPhraseTranslated reads it, so a broken one never ships.
var zhMessages = sync.OnceValue(func() map[string]string {
	var m map[string]string
	if err := json.Unmarshal(zhJSON, &m); err != nil {
		panic("planner: messages.zh-Hans.json: " + err.Error())
	}
	return m
})

// tr returns the planner's phrase or format string s in lang: its
// Simplified Chinese form for a Simplified Chinese tag, s otherwise.
func tr(lang, s string) string {
	if t, ok := zhMessages()[s]; ok && langtag.IsSimplifiedChinese(lang) {
		return t
	}
	return s
}

// trf is fmt.Sprintf of tr(lang, format).
func trf(lang, format string, args ...any) string {
	return fmt.Sprintf(tr(lang, format), args...)
}
