package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/partnerkit/specializations/portfolio"
	"github.com/partnerkit/specializations/renewal"
)

// TestEveryPhraseTranslated finds every string literal the planner passes
// to tr or trf, and every enum word it translates, and checks that the
// Chinese table has it, once: a phrase added in English only would print English
// in the Chinese report. Category names come from
// specialization.Category.LocalName.
func TestEveryPhraseTranslated(t *testing.T) {
	if err := checkSyntax(zhJSON, "messages.zh-Hans.json"); err != nil { // a key given twice would hide a form
		t.Fatal(err)
	}
	var phrases []string
	for _, p := range []renewal.Phase{renewal.PhaseActive, renewal.PhaseWindowOpen, renewal.PhaseGrace, renewal.PhaseLapsed, renewal.PhaseRetired} {
		phrases = append(phrases, p.String())
	}
	for o := renewal.OutcomeNotDue; o <= renewal.OutcomeRetired; o++ {
		phrases = append(phrases, o.String())
	}
	for k := portfolio.EventDesignationAnniversary; k <= portfolio.EventDeadline; k++ {
		phrases = append(phrases, kindWord(k))
	}
	phrases = append(phrases, literalsPassedTo(t, "tr", "trf")...)
	if len(phrases) < 40 {
		t.Fatalf("found %d phrases, want the planner's 40 or more: is the scan broken?", len(phrases))
	}
	for _, p := range phrases {
		if _, ok := zhMessages()[p]; !ok {
			t.Errorf("no Chinese form for %q", p)
		}
	}
}

// literalsPassedTo returns the string literals given as second argument to
// calls of the named functions in the package's non-test files.
func literalsPassedTo(t *testing.T, funcs ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	fset := token.NewFileSet()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); ok && slices.Contains(funcs, id.Name) {
				if lit, ok := call.Args[1].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					s, _ := strconv.Unquote(lit.Value)
					found = append(found, s)
				}
			}
			return true
		})
	}
	return found
}
