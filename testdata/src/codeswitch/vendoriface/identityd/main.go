// Command identityd serves the MFA API.
package main

import (
	"os"

	"google.golang.org/grpc"

	"codeswitch/vendoriface/identity"
	"codeswitch/vendoriface/mfapb"
	"codeswitch/vendoriface/surepass"
)

func main() {
	s := grpc.NewServer()
	mfapb.RegisterMfaServer(s, identity.New(surepass.New(os.Getenv("SUREPASS_URL"))))
}
