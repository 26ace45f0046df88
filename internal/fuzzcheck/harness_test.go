package fuzzcheck_test

import (
	"go/ast"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// The harness itself is tested with small analyzers of its own: one that
// reports which imports it got facts from, one whose fix keeps the code
// valid and one whose fix breaks it.

type seenFact struct{}

func (*seenFact) AFact()         {}
func (*seenFact) String() string { return "seen" }

var factProbe = &analysis.Analyzer{
	Name:      "factprobe",
	Doc:       "report the imports that carry a fact",
	FactTypes: []analysis.Fact{new(seenFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		pass.ExportPackageFact(new(seenFact))
		var with []string
		for _, imp := range pass.Pkg.Imports() {
			if pass.ImportPackageFact(imp, new(seenFact)) {
				with = append(with, imp.Path())
			}
		}
		sort.Strings(with)
		pass.Reportf(pass.Files[0].Name.Pos(), "facts from [%s]", strings.Join(with, " "))
		return nil, nil
	},
}

// switchFix offers to add an empty default clause to each switch without one.
var switchFix = &analysis.Analyzer{
	Name: "switchfix",
	Doc:  "add a default clause",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				sw, ok := n.(*ast.SwitchStmt)
				if !ok {
					return true
				}
				for _, c := range sw.Body.List {
					if c.(*ast.CaseClause).List == nil {
						return true
					}
				}
				pass.Report(analysis.Diagnostic{Pos: sw.Pos(), Message: "no default", SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "add default",
					TextEdits: []analysis.TextEdit{{Pos: sw.Body.Rbrace, End: sw.Body.Rbrace, NewText: []byte("default:\n")}},
				}}})
				return true
			})
		}
		return nil, nil
	},
}

// breakingFix offers to rename the package clause to something invalid.
var breakingFix = &analysis.Analyzer{
	Name: "breakingfix",
	Doc:  "break the code",
	Run: func(pass *analysis.Pass) (any, error) {
		name := pass.Files[0].Name
		pass.Report(analysis.Diagnostic{Pos: name.Pos(), Message: "rename", SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "use a fresh name",
			TextEdits: []analysis.TextEdit{{Pos: name.Pos(), End: name.End(), NewText: []byte("p; var x int = \"s\"")}},
		}}})
		return nil, nil
	},
}

func readSeed(t *testing.T, rel string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(testdata, "src", rel))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func TestHarnessFacts(t *testing.T) {
	e, _ := load(t)
	got := e.With([]*analysis.Analyzer{factProbe}).Check("spid/web", "handler.go", readSeed(t, "spid/web/handler.go"))
	want := "factprobe: 1: facts from [spid/surepass]"
	if !got.Clean || len(got.Problems) > 0 || !reflect.DeepEqual(got.Findings, []string{want}) {
		t.Errorf("got %+v, want clean, no problem, finding %q (facts from the testdata import, not from std)", got, want)
	}
}

func TestHarnessFixes(t *testing.T) {
	e, _ := load(t)
	src := []byte(`package p

import "github.com/surepasslint/surepasslint/codes"

func ok(c codes.ReturnCode) bool {
	switch c {
	case codes.Success:
		return true
	}
	return false
}
`)
	if got := e.With([]*analysis.Analyzer{switchFix}).Check("example.com/p", "p.go", src); !got.Clean || len(got.Findings) != 1 || len(got.Problems) > 0 {
		t.Errorf("a fix that keeps the code valid: got %+v", got)
	}
	got := e.With([]*analysis.Analyzer{breakingFix}).Check("example.com/p", "p.go", src)
	if len(got.Problems) != 1 || !strings.Contains(got.Problems[0], "breaks code that type-checked") {
		t.Errorf("a fix that breaks the code: got problems %q", got.Problems)
	}
	broken := append([]byte(nil), src...)
	broken = append(broken, "var y int = undefined\n"...)
	if got := e.With([]*analysis.Analyzer{breakingFix}).Check("example.com/p", "p.go", broken); got.Clean || len(got.Problems) > 0 {
		t.Errorf("a breaking fix on code that did not type-check is no problem: got %+v", got)
	}
}

func TestHarnessNoPackageClause(t *testing.T) {
	e, _ := load(t)
	for _, src := range []string{"", "func f() {}", "package", "package _\n"} {
		if got := e.With([]*analysis.Analyzer{switchFix}).Check("example.com/p", "p.go", []byte(src)); len(got.Problems)+len(got.Findings) > 0 {
			t.Errorf("%q: got %+v", src, got)
		}
	}
}
