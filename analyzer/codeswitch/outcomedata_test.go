package codeswitch_test

import "testing"

// TestOutcomeData runs the check over dispatches answering with outcomes
// as data (a struct whose enum field says how the request ended): listed
// codes given another outcome than Success's, where Success's names a
// success (Completed, StateActive), are handled, and every unlisted code
// that reaches Success's outcome fails open, whatever the listed outcome
// is called (NeedsDispatcher, Escalate). Outcomes that name no success
// (a log event's kind) decide nothing.
func TestOutcomeData(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/outcomedata/..."})
}
