package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestIdentityPlatform runs the check over an identity platform written
// the way teams write one: a SurePassID client with its own error type,
// services wrapping its errors with %w in two other packages, a shared
// httpx helper package, and net/http, fiber (v2, v3), gRPC, gin and echo
// front ends answering through returned errors, method values, local
// closures and interfaces. Every fix is applied; the fixed packages must
// type-check and have no finding left (TestFixesVet runs go vet's printf
// check on their .golden files).
func TestIdentityPlatform(t *testing.T) {
	dir := analyzertest.TestData(t)
	const pattern = "rawexposure/identity/..."
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
