package codeswitch_test

import "testing"

// TestStructCodes runs the check over clients that keep the codes as the
// fields of a package-level value (a struct literal, positional or keyed,
// a named struct type or a pointer to one, a map keyed by the codes'
// names) and importers reading them directly or through an alias, beside
// fail-closed twins and look-alike values of other vendors.
func TestStructCodes(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/structcodes/..."})
}
