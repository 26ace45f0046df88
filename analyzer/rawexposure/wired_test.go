package rawexposure_test

import "testing"

// TestWired: a sign-in service reaching SurePassID through an interface
// of its own, the client wired in by main from a package it never
// imports, keeps the message in its error type and its payout decision;
// handlers write them, a code from the consumer's own interface, a struct
// answer's message, a func field's and a ports package's interface's. Sentinels, another service's
// client interface of the same shape, a generic Do and log lines stay
// quiet.
func TestWired(t *testing.T) {
	checkFixed(t, "rawexposure/wired/...")
}
