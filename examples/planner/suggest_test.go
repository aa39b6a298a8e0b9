package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/partnerkit/specializations/catalog"
)

func TestSuggest(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"CAT-3 a typo suggests the name", "Analitics on Azure", []string{"Analytics on Microsoft Azure"}},
		{"CAT-3 a part of a name suggests it", "Azure Expert", []string{"Azure Expert MSP"}},
		{"CAT-3 words in another order suggest the name", "Teams calling", []string{"Calling for Microsoft Teams"}},
		{"CAT-3 Chinese input gets Chinese names", "云安", []string{"云安全"}},
		{"CAT-3 at most three suggestions", "Teams", []string{"Calling for Microsoft Teams",
			"Custom Solutions for Microsoft Teams", "Meetings and Meeting Rooms for Microsoft Teams"}},
		{"CAT-3 nothing close, no suggestion", "xyz", nil},
		{"CAT-3 punctuation alone, no suggestion", "--", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, suggest(catalog.Default(), tt.in, 3)); diff != "" {
				t.Errorf("suggest(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
