package codeswitch_test

import "testing"

// TestVerdictWords runs the check over functions answering their decision
// as a word a browser acts on ("approved", "denied"), beside a fail-closed
// twin, a metrics label and a message mapping that decide nothing.
func TestVerdictWords(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/verdictwords/..."})
}
