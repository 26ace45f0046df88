package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestDirectiveSinks: the gateway client's code type and reply fields and
// the ui package's sinks are declared only by //surepasslint: directives in
// their own packages; the handlers in package web are reported through
// facts, with the same fixes as for any sink.
func TestDirectiveSinks(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analyzertest.TestData(t), rawexposure.Analyzer, "rawexposuredirective/web")
	analyzertest.RelatedInPackage(t, results)
}

// TestDirectiveSinkFlagPrecedence: -rawexposure.sinks naming a function
// replaces what its directive says.
func TestDirectiveSinkFlagPrecedence(t *testing.T) {
	analyzertest.SetFlag(t, &rawexposure.Analyzer.Flags, "sinks", "rawexposuredirective/ui.Toast:0")
	analysistest.Run(t, analyzertest.TestData(t), rawexposure.Analyzer, "rawexposuredirective/override")
}
