package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// errPathPkgs are the testdata packages of error paths: a return of an
// error the path tested non-nil (if err != nil, errors.As, an early
// if err == nil { return }), and a sentinel if followed by a dispatch over
// the code of the same error.
var errPathPkgs = []string{"codeswitch/errpath/..."}

// TestErrPath checks the // want comments and .golden files of the
// errpath testdata, that every finding has one fix, and that the fixes
// applied together type-check and leave nothing to report.
func TestErrPath(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, errPathPkgs...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, errPathPkgs...)
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) != 1 {
				t.Errorf("%s: %d suggested fixes, want 1", r.Pass.Fset.Position(d.Pos), len(d.SuggestedFixes))
			}
		}
	}
	checkRange(t, results)
	checkCategory(t, results)
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, errPathPkgs, codeswitch.Analyzer, unreachable.Analyzer)
}
