package codeswitch_test

import "testing"

// TestHandlerTables runs the check over tables of handlers listing
// Success: a failure code with a handler of its own that does something
// else than Success's (parks a token instead of binding it) is handled,
// whatever the handler returns; one mapped to Success's handler, to one
// calling Success's grant, or to one that only logs falls through, and so
// does one whose handler runs before the path goes on to Success's.
func TestHandlerTables(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/handlertables/fieldops"})
}
