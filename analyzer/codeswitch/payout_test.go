package codeswitch_test

import "testing"

// payoutPkgs: closure predicates declared before the call they judge,
// reported once at their switch and trusted by their callers.
var payoutPkgs = []string{"codeswitch/payout/..."}

// TestPayout checks the // want comments and .golden files of the payout
// testdata, one fix per finding, and the fixes applied together.
func TestPayout(t *testing.T) {
	checkFixedPkgs(t, payoutPkgs)
}
