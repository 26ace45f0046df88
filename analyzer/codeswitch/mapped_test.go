package codeswitch_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/surepasslint/surepasslint/analyzer/codeswitch"
	"github.com/surepasslint/surepasslint/analyzer/internal/analyzertest"
)

// TestMappedDecisions runs the check over mapping functions answering a
// struct of decision flags (Decision{Deny: true}, Verdict{StepUpRequired:
// true}) for the codes they list and the zero value, which the callers let
// through, for the others; beside a default that denies, a zero value
// that refuses (Allowed false), a notice's flags and another vendor's
// codes. A classifier answering a table's value (return routes[code]),
// reported at its lookup, is not reported again at the switches over its
// answer that let only the codes the table leaves out through.
func TestMappedDecisions(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/mapped/spauth", "codeswitch/mapped/stepup", "codeswitch/mapped/edge", "codeswitch/mapped/ledger", "codeswitch/mapped/refunds", "codeswitch/mapped/approvals"})
}

// TestMappedOwnFailure: a switch over a classifier's answer that lets a
// value the table gives listed codes through is reported on its own,
// without a fix (the table is the classifier's).
func TestMappedOwnFailure(t *testing.T) {
	analysistest.Run(t, analyzertest.TestData(t), codeswitch.Analyzer, "codeswitch/mapped/exports")
}
