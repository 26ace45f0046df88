package codeswitch_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// TestFallbacks checks the // want comments of the fallback lookups: a
// table helper passed the success value as its default is reported at the
// call, without a fix (the rejecting default is the team's call).
func TestFallbacks(t *testing.T) {
	results := analysistest.Run(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitch/fallbacks/...")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) != 0 {
				t.Errorf("%s: %d suggested fixes, want none", r.Pass.Fset.Position(d.Pos), len(d.SuggestedFixes))
			}
			if !strings.Contains(d.Message, "(no suggested fix: ") {
				t.Errorf("%s: message %q does not say why there is no fix", r.Pass.Fset.Position(d.Pos), d.Message)
			}
			if strings.Contains(d.Message, "table dispatch") {
				// A handler dispatch points at the fallback and the table.
				var got []string
				for _, rel := range d.Related {
					got = append(got, rel.Message)
				}
				all := strings.Join(got, "|")
				if !strings.Contains(all, "the fallback, which accepts") || !strings.Contains(all, "the table of handlers") {
					t.Errorf("%s: related information %q lacks the fallback or the table", r.Pass.Fset.Position(d.Pos), all)
				}
			}
		}
	}
	checkCategory(t, results)
}

// TestZeroLookups checks the // want comments and .golden files of the
// table lookups whose zero value accepts, kept or returned: reported at
// the lookup, fixed with a test of the lookup's ok answering the value
// the table gives most security-relevant codes.
func TestZeroLookups(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/zerotable/spgw"})
}
