package rawexposure_test

import "testing"

// TestHumaHooks: a package replacing huma.NewError or NewErrorWithContext.
// A replacement calling the saved original with its errors (a local, a
// package variable or a field holding huma.NewError), or copying their
// texts into its own body, sends a plain error a handler returns; the
// saved original called with a raw text is a sink; a raw value stored in
// the body the replacement returns (a field assignment or a literal's
// field) is sent with every error. A replacement that logs the failure and
// answers with a fixed text, or calls the original without the errors,
// hides them; another vendor's code copied into the body is quiet.
func TestHumaHooks(t *testing.T) {
	checkFixed(t, "rawexposure/humahooks/...")
}
