package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// helpdeskPkgs: predicates over untyped SP_ constants declared in another
// file, templ components and payloads built with a success flag set to
// false, closures whose switch answers true to refuse, and comma-ok
// lookups in tables of errors, the code converted for the key.
var helpdeskPkgs = []string{"codeswitch/helpdesk/..."}

// TestHelpdesk checks the // want comments and .golden files of the
// helpdesk testdata, that every finding has one fix, and that the fixes
// applied together type-check and leave nothing to report.
func TestHelpdesk(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, helpdeskPkgs...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, helpdeskPkgs...)
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
	analyzertest.Recheck(t, dir, fixed, helpdeskPkgs, codeswitch.Analyzer, unreachable.Analyzer)
}
