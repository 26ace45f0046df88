package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestErrFields: an error (or any) type keeping the server's text in one
// field beside a fixed one exposes it only through the methods and reads
// of that field (Cause(), e.Detail), not through an Error() or String()
// reading the fixed field; an Error() including it, or formatting the whole
// value, still does. In the package and in importers (facts).
func TestErrFields(t *testing.T) {
	dir := analyzertest.TestData(t)
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, rawexposure.Analyzer, "rawexposure/errfields/...")
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, rawexposure.Analyzer, "rawexposure/errfields/...")
	}
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, []string{"rawexposure/errfields/..."}, rawexposure.Analyzer)
}
