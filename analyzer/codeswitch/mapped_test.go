package codeswitch_test

import "testing"

// TestMappedDecisions runs the check over mapping functions answering a
// struct of decision flags (Decision{Deny: true}, Verdict{StepUpRequired:
// true}) for the codes they list and the zero value, which the callers let
// through, for the others; beside a default that denies, a zero value
// that refuses (Allowed false), a notice's flags and another vendor's
// codes.
func TestMappedDecisions(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/mapped/..."})
}
