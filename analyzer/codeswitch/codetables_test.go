package codeswitch_test

import "testing"

// codeTablePkgs are the testdata packages of code tables keyed by literal
// codes: a map whose keys are three or more published failure codes
// written as numbers makes the value looked up in it a code, and the
// lookup a dispatch; port maps, HTTP status maps and another vendor's
// codes stay quiet.
var codeTablePkgs = []string{"codeswitch/codetables/..."}

// TestCodeTables checks the // want comments and .golden files of the
// codetables testdata, one fix per finding, and the fixes applied together.
func TestCodeTables(t *testing.T) {
	checkFixedPkgs(t, codeTablePkgs)
}
