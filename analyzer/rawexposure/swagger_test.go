package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestSwagger: a go-swagger server over a go-swagger generated SurePassID
// client. The wrapper reads the generated pointers with nil-safe helpers
// (swag, aws, lo, k8s ptr, its own), and the handlers return generated
// responders, middleware.Error and ResponderFuncs; another vendor's
// message and the team's mapped text stay quiet.
func TestSwagger(t *testing.T) {
	dir := analyzertest.TestData(t)
	patterns := []string{"rawexposure/swagger/..."}
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
