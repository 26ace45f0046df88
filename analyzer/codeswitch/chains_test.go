package codeswitch_test

import "testing"

// chainsPkgs: if-else chains reading one code through different
// spellings (the field, a conversion, an accessor, a predicate), and
// errors.Is chains that only pick the status of a rejection.
var chainsPkgs = []string{"codeswitch/chains/..."}

// TestChains checks the // want comments and .golden files of the chains
// testdata, one fix per finding, and the fixes applied together.
func TestChains(t *testing.T) {
	checkFixedPkgs(t, chainsPkgs)
}
