package codeswitch_test

import "testing"

// chainsPkgs: if-else chains and tagless switches reading one code
// through different spellings (the field, a conversion, an accessor, a
// predicate).
var chainsPkgs = []string{"codeswitch/chains/..."}

// TestChains checks the // want comments and .golden files of the chains
// testdata, one fix per finding, and the fixes applied together.
func TestChains(t *testing.T) {
	checkFixedPkgs(t, chainsPkgs)
}
