package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
	"github.com/surepasslint/surepasslint/analyzer/internal/spid"
)

// TestDirectives: the gateway's code type and its reply's code field are
// declared only by //surepasslint:codetype and //surepasslint:codefield in
// package gateway; switches over them in package login are checked and
// fixed like switches over codes.ReturnCode.
func TestDirectives(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitchdirective/login")
}

// TestPackageDirectives: //surepasslint:require and //surepasslint:ignore
// in a package's doc comment adjust the codes its switches must handle.
func TestPackageDirectives(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitchdirective/strict", "codeswitchdirective/lenient")
}

// TestPackageDirectivesFlagPrecedence: -codeswitch.ignore names a code the
// package's directive requires; the flag wins (82, not 83, codes).
func TestPackageDirectivesFlagPrecedence(t *testing.T) {
	analyzertest.SetFlag(t, &codeswitch.Analyzer.Flags, "ignore", "EmailSendError")
	analysistest.Run(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitchdirective/override")
}

// TestBadDirectiveCategory: a bad //surepasslint:require is reported in
// category "directive", apart from the findings (category "failopen").
func TestBadDirectiveCategory(t *testing.T) {
	results := analysistest.Run(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitchdirective/badrequire")
	analyzertest.CheckCategory(t, results, func(analysis.Diagnostic) string { return spid.DirectiveCategory })
}
