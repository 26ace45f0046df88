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

// TestPathFills: a result filled on the way whose raw field is stored
// only on returns taken under a test of the code, where another field (a
// flag left false, a status set to failed) holds a value the clean return
// does not set, is clean where the caller ruled that value out (if err !=
// nil || !res.Unlocked { ...; return }, the else of if !res.Unlocked, a
// tagless switch whose cases return); so is one whose text comes only
// beside a non-nil error, after if err != nil { ...; return }. A caller
// that does not rule it out (or tests an err it assigned again), a raw
// store reaching the clean return too, or a status not set to a constant,
// stays reported.
func TestPathFills(t *testing.T) {
	checkFixed(t, "rawexposure/pathfill/...")
}
