package rawexposure_test

import "testing"

// TestGuardedFill: a result built first and given the server's text only
// under a test of its own status field (if e.State != Enrolled { e.Detail
// = msg }) is clean where the caller has seen the status the test rules
// out; a store guarded by the code instead, or a status changed after the
// store, says nothing, and the result stays raw.
func TestGuardedFill(t *testing.T) {
	checkFixed(t, "rawexposure/guardfill/...")
}
