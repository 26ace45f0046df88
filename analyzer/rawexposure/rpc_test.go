package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestRPC runs the check over connect-go, twirp, gqlgen, graphql-go, huma
// and go-kit services backed by a SurePassID client, then the fixes: the
// fixed files match their .golden files (-update rewrites them), the fixed
// packages type-check and the check finds nothing left in them.
func TestRPC(t *testing.T) {
	dir := analyzertest.TestData(t)
	const pattern = "rawexposure/rpc/..."
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
