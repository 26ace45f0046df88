package rawexposure_test

import "testing"

// TestIdentityPlatform runs the check over an identity platform written
// the way teams write one: a SurePassID client with its own error type,
// services wrapping its errors with %w in two other packages, a shared
// httpx helper package, and net/http, fiber (v2, v3), gRPC, gin and echo
// front ends answering through returned errors, method values, local
// closures and interfaces. Every fix is applied; the fixed packages must
// type-check and have no finding left (TestFixesVet runs go vet's printf
// check on their .golden files).
func TestIdentityPlatform(t *testing.T) {
	checkFixed(t, "rawexposure/identity/...")
}
