package rawexposure

import "testing"

// TestAPIFields checks the field rows of fuego and go-restful against
// their stubs (copied from the modules): the types and fields exist, are
// sent and are no status code; and each row is stored into on a // want
// line of the web cases.
func TestAPIFields(t *testing.T) {
	matchFieldStubs(t, apiFields)
	coveredFields(t, apiFields, "rawexposure/webfw/...")
}
