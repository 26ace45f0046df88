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
	checkFixed(t, "rawexposure/frameworks/fiberapps", "rawexposure/frameworks/echoapps", "rawexposure/frameworks/echov5apps",
		"rawexposure/frameworks/fiberrender", "rawexposure/frameworks/fiberctor", "rawexposure/frameworks/echoctor",
		"rawexposure/frameworks/fiber3apps")
}

// TestAdapters runs the check over a module's own handler types: adapters
// in a package with no SurePassID evidence (httpx) and in the handlers'
// package, converted to, passed to a router method taking the type, or to
// one converting its parameter. Every fix is applied.
func TestAdapters(t *testing.T) {
	checkFixed(t, "rawexposure/adapters/...")
}

// TestNarrowing runs the check over adapters that show only the errors of
// one type (errors.As into *apierr.Error) and the hints of any error
// (cockroachdb/errors' GetAllHints), beside one writing every error's text.
func TestNarrowing(t *testing.T) {
	checkFixed(t, "rawexposure/narrowing/...")
}

// TestPorts runs the check over a ports-and-adapters layout: the SurePassID
// adapter stores the server's message in the domain's types, whose package
// it cannot put a fact on; the handlers that read them import the adapter.
func TestPorts(t *testing.T) {
	checkFixed(t, "rawexposure/ports/...")
}

// checkFixed runs the check over patterns, compares the fixed files with
// their .golden files (-update rewrites them), and checks that every
// diagnostic's related information is in its package, that the fixed
// TestFrameworks runs the check over handlers written for gin, echo, fiber
// (v2 and v3) and gRPC, applies every suggested fix (.golden files), and
// checks that the fixed packages type-check and report nothing.
func TestFrameworks(t *testing.T) { checkFixed(t, "rawexposure/frameworks/...") }

// packages type-check, and that nothing is reported in them.
func checkFixed(t *testing.T, patterns ...string) {
	t.Helper()
	dir := analyzertest.TestData(t)
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
