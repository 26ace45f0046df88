package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// teamCodePkgs are the testdata of a client decoding the code as
// json.Number and services comparing it with the team's own plain
// constants mirroring a few published codes.
var teamCodePkgs = []string{"codeswitch/teamcodes/..."}

// TestTeamCodes checks their // want comments and .golden files, and that
// the fixes applied together type-check and leave nothing to report.
func TestTeamCodes(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, teamCodePkgs...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, teamCodePkgs...)
	}
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, teamCodePkgs, codeswitch.Analyzer, unreachable.Analyzer)
}
