package codeswitch_test

import "testing"

// checkedPkgs: getters with a second result (Code() (int64, error),
// Lookup() (int, bool)), the predicates and error conversions built on
// them, and codes kept as plain integers compared with converted
// constants.
var checkedPkgs = []string{"codeswitch/checked/..."}

// TestCheckedGetters checks the // want comments and .golden files of the
// checked testdata, one fix per finding, and the fixes applied together.
func TestCheckedGetters(t *testing.T) {
	checkFixedPkgs(t, checkedPkgs)
}
