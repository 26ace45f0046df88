package codeswitch_test

import "testing"

// TestForeignNames runs the check over enums of other domains that share
// numbers and a few names with the published list but give a published
// value a name of their own (a CI plugin's verdicts, a label printer's
// status words), in packages with no SurePassID evidence: nothing is
// reported. The team's own mirror with such a name is still the codes
// when its doc names SurePassID, or when its package calls the client.
func TestForeignNames(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/foreign/..."})
}

// TestOtherParties runs the check over enums named like the published
// codes that their package says are another party's (a card acquirer's
// responses, a scheme's DeclineCode, a messaging provider's answers beside
// its host), in packages with no SurePassID evidence: nothing is reported.
// The same names in a package that says nothing else, or under a doc
// naming merchants in a package calling the client, are the codes.
func TestOtherParties(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/party/..."})
}
