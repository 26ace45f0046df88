// Command identityd serves the MFA API.
package main

import (
	"os"

	"google.golang.org/grpc"

	"rawexposure/vendoriface/identity"
	"rawexposure/vendoriface/mfapb"
	"rawexposure/vendoriface/surepass"
)

func main() {
	s := grpc.NewServer()
	mfapb.RegisterMfaServer(s, identity.New(surepass.New(os.Getenv("SUREPASS_URL"))))
}
