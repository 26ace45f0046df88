package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestWebFrameworks runs the check over handlers written for chi with
// go-chi/render, gorilla/mux, gorilla/sessions, the websocket libraries
// (gorilla, coder, nhooyr, golang.org/x/net), beego, iris, hertz and
// fasthttp, and another vendor's client with the same JSON. Every fix is
// applied (.golden files); the fixed packages must type-check and have no
// finding left (TestFixesVet runs go vet's printf check on them).
func TestWebFrameworks(t *testing.T) {
	dir := analyzertest.TestData(t)
	const pattern = "rawexposure/webfw/..."
	var results []*analysistest.Result
	if *update {
		results = analysistest.Run(t, dir, rawexposure.Analyzer, pattern)
	} else {
		results = analysistest.RunWithSuggestedFixes(t, dir, rawexposure.Analyzer, pattern)
	}
	analyzertest.RelatedInPackage(t, results)
	fixed := analyzertest.ApplyFixes(t, results)
	if *update {
		analyzertest.WriteGoldens(t, fixed)
	}
	analyzertest.Recheck(t, dir, fixed, []string{pattern}, rawexposure.Analyzer)
}
