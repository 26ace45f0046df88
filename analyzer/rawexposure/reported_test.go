package rawexposure_test

import "testing"

// TestOneReport: a resolver or an RPC method whose returned raw error is
// reported at its return does not make its callers report it again (a
// hand-written gqlgen executor handing it to graphql.AddError, an HTTP
// bridge calling a net/rpc method, a method returning another's error);
// a plain helper's raw error is still reported where it is sent.
func TestOneReport(t *testing.T) {
	checkFixed(t, "rawexposure/onereport/...")
}
