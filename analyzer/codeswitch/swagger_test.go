package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/unreachable"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// TestSwagger: go-swagger handlers returning generated responders (the
// type's WriteResponse writes 401 or 200: a fact), middleware.Error and
// ResponderFuncs, and closures testing the code.
func TestSwagger(t *testing.T) {
	dir := analyzertest.TestData(t)
	patterns := []string{"codeswitch/swagger/..."}
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, codeswitch.Analyzer, patterns...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, codeswitch.Analyzer, patterns...)
	}
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, patterns, codeswitch.Analyzer, unreachable.Analyzer)
}
