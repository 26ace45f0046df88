package rawexposure_test

import "testing"

// TestCtorField: a result built by a constructor, a setter or a functional
// option storing its parameter in an unexported field carries the raw
// message to its accessor, in importers too; another vendor's stays quiet.
func TestCtorField(t *testing.T) {
	checkFixed(t, "rawexposure/ctorfield/...")
}
