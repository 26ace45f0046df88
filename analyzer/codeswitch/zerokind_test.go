package codeswitch_test

import "testing"

// TestZeroKind runs the check over mappings keeping their answer, an enum
// of the package, in a local declared without a value (or preset), a
// named result or an enum field of a local struct, and setting it only for
// the codes they list: where the value the others keep is Success's and
// named as a grant (pageDone, StepProceed, VerdictAllowed,
// OutcomeGranted), they fail open. Beside them, twins that list Success
// or preset a refusal, a zero value named as unknown that the caller
// refuses, a log severity and another vendor's status codes.
func TestZeroKind(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/zerokind/..."})
}
