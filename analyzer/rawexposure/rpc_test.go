package rawexposure_test

import "testing"

// TestRPC runs the check over connect-go, twirp, gqlgen, graphql-go, huma
// and go-kit services backed by a SurePassID client, then the fixes: the
// fixed files match their .golden files (-update rewrites them), the fixed
// packages type-check and the check finds nothing left in them.
func TestRPC(t *testing.T) {
	checkFixed(t, "rawexposure/rpc/...")
}

// TestVendorInterface: a gRPC service calling its SurePassID client
// through an interface of its own, wired in main, sends the client's
// message and code to its callers.
func TestVendorInterface(t *testing.T) {
	checkFixed(t, "rawexposure/vendoriface/...")
}
