package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// sentinelPkgs are the testdata packages of dispatches over sentinel
// errors standing for return codes: two clients mapping codes to sentinels
// (a switch, an Is method), another vendor's look-alike, a store's own
// errors, and the handlers testing them with errors.Is.
var sentinelPkgs = []string{"codeswitch/sentinels/..."}

// TestSentinels checks the // want comments and .golden files of the
// sentinel testdata, that every finding has one fix, and that the fixes
// applied together type-check and leave nothing to report.
func TestSentinels(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, sentinelPkgs...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, sentinelPkgs...)
	}
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			if len(d.SuggestedFixes) != 1 {
				t.Errorf("%s: %d suggested fixes, want 1", r.Pass.Fset.Position(d.Pos), len(d.SuggestedFixes))
			}
		}
	}
	if n == 0 {
		t.Fatal("no diagnostics in codeswitch/sentinels")
	}
	checkRange(t, results)
	checkCategory(t, results)
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, sentinelPkgs, codeswitch.Analyzer, unreachable.Analyzer)
}
