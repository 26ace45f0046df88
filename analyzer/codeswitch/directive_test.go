package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// TestDirectives: the gateway's code type and its reply's code field are
// declared only by //surepasslint:codetype and //surepasslint:codefield in
// package gateway; switches over them in package login are checked and
// fixed like switches over codes.ReturnCode.
func TestDirectives(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitchdirective/login")
}
