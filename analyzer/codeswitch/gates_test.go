package codeswitch_test

import "testing"

// gatesPkgs: Beego filters and gin middleware whose chain goes on when
// they return without answering, and generic dispatch helpers run with a
// local table of rows built by a closure or a function.
var gatesPkgs = []string{"codeswitch/gates/..."}

// TestGates checks the // want comments and .golden files of the gates
// testdata, that every finding has one fix, and that the fixes applied
// together type-check and leave nothing to report. Middleware that goes
// on by a call (echo, fiber) is there too.
func TestGates(t *testing.T) {
	checkFixedPkgs(t, gatesPkgs)
}
