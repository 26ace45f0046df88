package codeswitch_test

import "testing"

// TestOutcomeNames runs the check over dispatches on the team's name for
// a code, read from a table keyed by the code in another package (a
// variable, a function returning one, a method of the code), beside a
// fail-closed twin, a metrics label and another vendor's table.
func TestOutcomeNames(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/outnames/..."})
}
