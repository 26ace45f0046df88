package rawexposure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
)

// TestScoped runs the check over errors decided by the app's own error
// handler registered in main (handlers in another package) and over
// request-scoped values (fiber Locals, gin and echo Set/Get, context
// values) read back and written to the response. Every fix is applied.
func TestScoped(t *testing.T) {
	checkFixed(t, "rawexposure/scoped/...")
}

// TestRegisteredElsewhere runs the check over mains registering the
// handlers of another package on an app or adapter that writes the errors
// they return: reported at the registration, without a fix (the handler is
// in another package).
func TestRegisteredElsewhere(t *testing.T) {
	results := analysistest.Run(t, analyzertest.TestData(t), rawexposure.Analyzer, "rawexposure/scopedmain/...")
	analyzertest.NoFixes(t, results)
}
