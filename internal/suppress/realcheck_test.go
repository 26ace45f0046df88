package suppress_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// TestRawExposure runs the real rawexposure check, wrapped, on a SurePassID
// sign-in package: the finding in the operators' handler is suppressed, the
// one in the public handler is not, and a stale directive is reported.
func TestRawExposure(t *testing.T) {
	wrapped := suppress.Wrap([]*analysis.Analyzer{rawexposure.Analyzer})
	if err := analysis.Validate(wrapped); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), wrapped[0], "surepasslogin")
}

// TestCodeSwitch runs the real codeswitch check, wrapped: a fail-open switch
// is reported, the same switch under a directive is not, and a directive
// without a reason is reported.
func TestCodeSwitch(t *testing.T) {
	wrapped := suppress.Wrap([]*analysis.Analyzer{codeswitch.Analyzer})
	analysistest.Run(t, analysistest.TestData(), wrapped[0], "surepassdispatch")
}
