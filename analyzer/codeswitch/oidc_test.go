package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// oidcPkgs are the testdata of an OAuth login-and-consent app: a generic
// envelope whose code is a pointer, read through a nil-guarded accessor and
// predicates, and decisions returned as data with a verb flag (Permit,
// Accepted).
var oidcPkgs = []string{"codeswitch/oidc/..."}

// TestOIDC checks their // want comments and .golden files, and that the
// fixes applied together type-check and leave nothing to report.
func TestOIDC(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, oidcPkgs...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, oidcPkgs...)
	}
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, oidcPkgs, codeswitch.Analyzer, unreachable.Analyzer)
}
