package rawexposure_test

import "testing"

// TestScoped runs the check over errors decided by the app's own error
// handler registered in main (handlers in another package) and over
// request-scoped values (fiber Locals, gin and echo Set/Get, context
// values) read back and written to the response. Every fix is applied.
func TestScoped(t *testing.T) {
	checkFixed(t, "rawexposure/scoped/...")
}
