package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// mirrorPkgs are the testdata of dispatches over a client's own enum
// filled from return codes (spid's mirrors) and over a code's stringer name.
var mirrorPkgs = []string{"codeswitch/mirror/..."}

// TestMirror checks their // want comments and .golden files, and that the
// fixes applied together type-check and leave nothing to report.
func TestMirror(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, mirrorPkgs...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, mirrorPkgs...)
	}
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, mirrorPkgs, codeswitch.Analyzer, unreachable.Analyzer)
}
