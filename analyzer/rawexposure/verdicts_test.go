package rawexposure_test

import "testing"

// TestVerdicts runs the check over a client reading answers by key with
// jsonparser through a helper returning (code, message, error), with its
// return codes in package variables and its decisions behind an
// interface, and over hertz and gin pages showing them: through an error's
// text, the interface's method, and the error list of hertz's c.Error.
// Every fix is applied.
func TestVerdicts(t *testing.T) {
	checkFixed(t, "rawexposure/verdicts/...")
}
