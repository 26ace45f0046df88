package codeswitch_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// TestOpenHelpers checks the // want comments and .golden files of the
// helpers that run a function they are passed for every code their table
// (a parameter, a field their callers fill) does not list: reported at
// the lookup, with a fix where the helper has a rejection of its own, and
// their callers in the module not reported.
func TestOpenHelpers(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitch/openhelpers/...")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) == 0 && !strings.Contains(d.Message, "(no suggested fix: ") {
				t.Errorf("%s: no fix, and the message %q does not say why", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	checkRange(t, results)
	checkCategory(t, results)
}
