package codeswitch_test

import "testing"

// selfPredPkgs are the testdata packages of predicates judged on their
// own: a predicate whose name says what true means (SessionValid,
// Refused, otpFailed) and that answers "accept" for security-relevant
// codes it does not list is reported where it decides, and its callers,
// which trust it, are not.
var selfPredPkgs = []string{"codeswitch/selfpred/..."}

// TestSelfPredicates checks the // want comments and .golden files of the
// selfpred testdata, one fix per finding, and the fixes applied together.
func TestSelfPredicates(t *testing.T) {
	checkFixedPkgs(t, selfPredPkgs)
}
