package codeswitch_test

import "testing"

// TestOutcomeData runs the check over dispatches answering with outcomes
// as data (a struct whose enum field says how the request ended): listed
// codes given another outcome than Success's, where Success's names a
// success (Completed, StateActive), are handled, and every unlisted code
// that reaches Success's outcome fails open, whatever the listed outcome
// is called (NeedsDispatcher, Escalate). Success's outcome may be named in
// the consumer's own words (Dispensed, StatusShipped, GateBoarded, FeePaid)
// where its enum declares a refusal or Success's path acts. Outcomes that
// name no success (a log event's kind, a desk, a pending or unknown
// answer) decide nothing.
func TestOutcomeData(t *testing.T) {
	checkFixedPkgs(t, []string{"codeswitch/outcomedata/..."})
}
