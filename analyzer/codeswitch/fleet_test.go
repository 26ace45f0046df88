package codeswitch_test

import "testing"

// fleetPkgs: an authorizer's IAM policy as the decision, per-item
// dispatches in a range loop, table rows whose fields reject, predicates
// named verb first (DeniesDispatch), a sync job reading the code with
// jsonparser, enrollment commands answering errors or exit statuses, a
// Hertz service dispatching on its own outcome enum mapped from the codes.
var fleetPkgs = []string{"codeswitch/fleet/..."}

// TestFleet checks the // want comments and .golden files of the fleet
// testdata, one fix per finding, and the fixes applied together.
func TestFleet(t *testing.T) {
	checkFixedPkgs(t, fleetPkgs)
}
