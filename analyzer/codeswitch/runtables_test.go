package codeswitch_test

import "testing"

// runTablePkgs are the testdata packages of tables built at run time
// and held in a struct field: a clone of a package table merged with a
// caller's rows, a copy loop, a constructor's parameter whose one caller
// passes a package table, and outcome states whose fall-through is the
// success state.
var runTablePkgs = []string{"codeswitch/runtables/..."}

// TestRunTables checks the // want comments and .golden files of the
// runtables testdata, one fix per finding, and the fixes applied together.
func TestRunTables(t *testing.T) {
	checkFixedPkgs(t, runTablePkgs)
}
