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

// TestInterceptors: gRPC server interceptors (unary and stream) return
// what the client gets; an error mapper writing the text of a vendor error
// type the service's methods return is reported where it writes it; an
// error constructor of the client package carries its arguments; retry
// helpers hand back their callback's results in their roles. Another
// vendor's texts, fixed texts and logs stay quiet.
func TestInterceptors(t *testing.T) {
	checkFixed(t, "rawexposure/interceptors/...")
}

// TestStatusBuilders: a helper building a gRPC status, a connect error or
// a twirp error from the vendor refusal it is given sends nothing; the
// method returning what it built does, and is reported there. A helper
// reading the vendor itself is reported where it writes; helpers writing
// our own text, and a built status only logged, stay quiet.
func TestStatusBuilders(t *testing.T) {
	checkFixed(t, "rawexposure/statusbuild/...")
}

// TestMessaging: OTP workers answering NATS requests (Respond,
// RespondMsg, a Publish on the reply subject, the micro framework's
// replies) send what they reply to the requester, the user-facing edge.
// A publish on the team's own subjects and logs stay quiet. A centrifuge
// server's replies, publications, pushes and disconnects reach its
// websocket clients; fixed texts, logs and another vendor's text do not.
func TestMessaging(t *testing.T) {
	checkFixed(t, "rawexposure/messaging/...")
}
