package rawexposure_test

import "testing"

// TestBranches: what a handler puts into a local's contents in place
// (url.Values Set, a URL's RawQuery, a strings.Builder or bytes.Buffer, a
// local http.Header, a map or a page's field) reaches only the sinks that may
// run after it: a redirect or reply in another clause of the switch or
// select, in the other arm of the if, before the mutation, or after an arm
// that returns stays quiet; the same local filled before the switch, in
// the sink's own clause, or in a loop that comes round is raw.
func TestBranches(t *testing.T) {
	checkFixed(t, "rawexposure/branches/...")
}
