package codeswitch_test

import "testing"

// policiesPkgs: policy functions returning a decision as data, a struct
// value per code, from a switch, an if-else chain or a deny table.
var policiesPkgs = []string{"codeswitch/policies/..."}

// TestPolicies checks the // want comments and .golden files of the
// policies testdata, that every finding has one fix, and that the fixes
// applied together type-check and leave nothing to report.
func TestPolicies(t *testing.T) {
	checkFixedPkgs(t, policiesPkgs)
}
