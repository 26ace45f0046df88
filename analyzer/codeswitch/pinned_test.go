package codeswitch_test

import "testing"

// pinnedPkgs are the testdata packages of code variables read as
// constants (unexported, never assigned), of decisions built by one-return
// helpers, and of dispatches deciding nothing: an error's Unwrap and Is,
// a function handing the code back to its caller.
var pinnedPkgs = []string{"codeswitch/pinned/..."}

// TestPinned checks the // want comments and .golden files of the pinned
// testdata, one fix per finding, and the fixes applied together.
func TestPinned(t *testing.T) {
	checkFixedPkgs(t, pinnedPkgs)
}
