// Package analyzertest holds what the checks' tests share.
package analyzertest

import (
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestData returns the absolute path of the repository's shared GOPATH-style
// testdata tree (testdata/src/...), which analysistest needs absolute.
func TestData(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("analyzertest: cannot locate the source file")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata")
}

// NoFixes fails t for every diagnostic of results that carries a suggested
// fix: the packages checked hold files that do not parse, where no fix may
// be offered (package fixsafe). It fails too when there is no diagnostic at
// all, since then it would assert nothing.
func NoFixes(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: a fix is offered in a file that does not parse: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	if n == 0 {
		t.Error("no diagnostics: the finding must stay when the file does not parse")
	}
}

// RelatedInPackage fails t for every related location of results that is
// not in a file of the package analysed: a check whose related information
// points only at the code it reports on (where a raw value enters the
// function) must never send the user to another package's file, least of
// all one of the module cache or of this linter's codes package.
func RelatedInPackage(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	for _, r := range results {
		if r.Pass == nil {
			continue
		}
		files := map[string]bool{}
		for _, f := range r.Pass.Files {
			files[r.Pass.Fset.File(f.Pos()).Name()] = true
		}
		for _, d := range r.Diagnostics {
			for _, rel := range d.Related {
				if pos := r.Pass.Fset.Position(rel.Pos); !files[pos.Filename] {
					t.Errorf("%s: related location %s (%s) is outside package %s", r.Pass.Fset.Position(d.Pos), pos, rel.Message, r.Pass.Pkg.Path())
				}
			}
		}
	}
}

// CheckCategory fails t for every diagnostic of results whose category is
// not want(d), and when there is no diagnostic at all. Editors show the
// category beside the check's name (gopls shows "default" for none).
func CheckCategory(t *testing.T, results []*analysistest.Result, want func(analysis.Diagnostic) string) {
	t.Helper()
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			if w := want(d); d.Category != w {
				t.Errorf("%s: category %q, want %q: %s", r.Pass.Fset.Position(d.Pos), d.Category, w, d.Message)
			}
		}
	}
	if n == 0 {
		t.Error("no diagnostics: no category to check")
	}
}
