package codeswitch_test

import "testing"

// TestSharedLists runs the check over deny and allow lists of codes kept
// in another package (an exported list, or an accessor handing out a
// copy), beside their fail-closed twins, an allow-list holding Success and
// a test that only logs.
func TestSharedLists(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/lists/..."})
}
