package suppress_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/rawexposure"
	"github.com/surepasslint/surepasslint/internal/suppress"
)

// TestRawExposure runs the real rawexposure check, as every driver runs it,
// on a SurePassID sign-in package: the finding in the operators' handler is
// suppressed, the one in the public handler is not, and a stale directive is
// reported.
func TestRawExposure(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), rawexposure.Analyzer, "surepasslogin")
	checkCategories(t, results, "message")
}

// TestCodeSwitch runs the real codeswitch check: a fail-open switch is
// reported, the same switch under a directive is not, and a directive
// without a reason is reported.
func TestCodeSwitch(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), codeswitch.Analyzer, "surepassdispatch")
	checkCategories(t, results, "failopen")
}

// checkCategories: the check's findings keep their category
// (finding), and the reports about directives are in suppress.Category,
// which the command and SARIF tell apart by.
func checkCategories(t *testing.T, results []*analysistest.Result, finding string) {
	t.Helper()
	seen := map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			want := finding
			if strings.HasPrefix(d.Message, "//lint:") {
				want = suppress.Category
			}
			if d.Category != want {
				t.Errorf("%s: category %q, want %q: %s", r.Pass.Fset.Position(d.Pos), d.Category, want, d.Message)
			}
			seen[d.Category]++
		}
	}
	if seen[finding] == 0 || seen[suppress.Category] == 0 {
		t.Errorf("categories seen %v, want both %s and %s", seen, finding, suppress.Category)
	}
}
