package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestStrict: oapi-codegen strict servers and self-writing responses. The
// handlers return typed response objects whose Visit method encodes them
// (a raw value in one is the body), their errors go to the configured
// ResponseErrorHandlerFunc (one showing only a *clientError's Detail, or
// the generated default writing err.Error()), a strict middleware turns
// errors into that type (reported where the raw text enters Detail), and
// a gin app's own Reply and Page types render themselves; an ogen-generated
// server (permitsoas) encodes the handlers' response sum types and the
// Handler's NewError result, with wrapped values (NewOptString, SetTo)
// carrying the raw text (permits) or only fixed and mapped texts and a
// generic NewError (permitsquiet).
func TestStrict(t *testing.T) {
	dir := analyzertest.TestData(t)
	patterns := []string{"rawexposure/strict/..."}
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
