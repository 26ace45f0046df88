package codeswitch_test

import "testing"

// attemptsPkgs: dispatches in loops that read one attempt after another
// (a terminal's prompt, a keypad's channel), refusing with continue or
// break and letting other codes reach the success path.
var attemptsPkgs = []string{"codeswitch/attempts/..."}

// TestAttempts checks the // want comments and .golden files of the
// attempts testdata, one fix per finding, and the fixes applied together.
func TestAttempts(t *testing.T) {
	checkFixedPkgs(t, attemptsPkgs)
}
