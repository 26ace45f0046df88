package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// rejectPkgs are the testdata packages of the ways a clause rejects or a
// condition splits the codes beyond returning an error: sentinels carrying
// their codes (literals, constructors, a table of numbers), RPC errors and
// HTTP statuses kept in a local, error redirects, and the consumer's own
// predicates written as switches.
var rejectPkgs = []string{"codeswitch/rejects/..."}

// TestRejects checks the // want comments and .golden files of the
// rejects testdata, that every finding has one fix, and that the fixes
// applied together type-check and leave nothing to report.
func TestRejects(t *testing.T) {
	checkFixedPkgs(t, rejectPkgs)
}

// checkFixedPkgs checks the // want comments and .golden files of pkgs,
// that every finding has one fix, and that the fixes applied together
// type-check and leave nothing to report (-update rewrites the goldens).
func checkFixedPkgs(t *testing.T, pkgs []string) []*analysistest.Result {
	t.Helper()
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, pkgs...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, pkgs...)
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
	analyzertest.Recheck(t, dir, fixed, pkgs, codeswitch.Analyzer, unreachable.Analyzer)
	return results
}
