package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestCtorField: a result built by a constructor, a setter or a functional
// option storing its parameter in an unexported field carries the raw
// message to its accessor, in importers too; another vendor's stays quiet.
func TestCtorField(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, rawexposure.Analyzer, "rawexposure/ctorfield/...")
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, rawexposure.Analyzer, "rawexposure/ctorfield/...")
	}
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, []string{"rawexposure/ctorfield/..."}, rawexposure.Analyzer)
}
