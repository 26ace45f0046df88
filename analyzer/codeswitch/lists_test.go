package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// TestSharedLists runs the check over deny and allow lists of codes kept
// in another package (an exported list, or an accessor handing out a
// copy), beside their fail-closed twins, an allow-list holding Success and
// a test that only logs.
func TestSharedLists(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/lists/spcodes", "codeswitch/lists/checkout", "codeswitch/lists/wallet"})
}

// TestRuleRows runs the check over ordered rule rows walked in a loop
// (a list of codes or one code per row) and over rules engines of another
// package (rows of matchers or lists in an engine's literal, a fallback),
// beside twins listing Success or refusing after the loop or by default,
// and another vendor's statuses. The findings have no fix: a branch
// beside the if would answer for a later row's codes, and an engine's
// rules are data.
func TestRuleRows(t *testing.T) {
	results := analysistest.Run(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitch/lists/rulerows", "codeswitch/lists/policy", "codeswitch/lists/txsign")
	checkRange(t, results)
	checkCategory(t, results)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) != 0 {
				t.Errorf("%s: %d suggested fixes, want none", r.Pass.Fset.Position(d.Pos), len(d.SuggestedFixes))
			}
		}
	}
}
