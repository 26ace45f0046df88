package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestAppErrorHandlers runs the check over fiber and echo packages building
// several apps with different error handlers: returned errors and the
// messages of fiber.NewError and echo.NewHTTPError are judged per app.
// Every fix is applied; the fixed packages must type-check and have no
// finding left.
func TestAppErrorHandlers(t *testing.T) {
	dir := analyzertest.TestData(t)
	patterns := []string{"rawexposure/frameworks/fiberapps", "rawexposure/frameworks/echoapps", "rawexposure/frameworks/echov5apps"}
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, rawexposure.Analyzer, patterns...)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, rawexposure.Analyzer, patterns...)
	}
	analyzertest.RelatedInPackage(t, results)
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, patterns, rawexposure.Analyzer)
}
