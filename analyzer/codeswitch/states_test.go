package codeswitch_test

import "testing"

// TestStates runs the check over states kept as untyped constants of one
// family (StateSucceeded = "succeeded", exitOK = 0) returned as plain text
// or int: a listed code given another constant of the family than the
// grant Success's path returns is handled, and the unlisted codes reaching
// that grant fail open. And over a value of a mirror's type held from the
// team's own table keyed by codes (outcome := reasonOutcome[rc]; switch
// outcome {...}): read with the table, whose unlisted codes hold the zero
// value (OutcomeAllow), not with the mirror's fallback.
func TestStates(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/states/..."})
}
