package rawexposure_test

import "testing"

// TestErrFields: an error (or any) type keeping the server's text in one
// field beside a fixed one exposes it only through the methods and reads
// of that field (Cause(), e.Detail), not through an Error() or String()
// reading the fixed field; an Error() including it, or formatting the whole
// value, still does. In the package and in importers (facts).
func TestErrFields(t *testing.T) {
	checkFixed(t, "rawexposure/errfields/...")
}
