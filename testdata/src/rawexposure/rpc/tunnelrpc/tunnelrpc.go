// Package tunnelrpc is the service the desktop agent calls to open its
// tunnel. It does not import net/rpc: the daemon registers it and serves
// it with the JSON-RPC codec, which sends a method's error text to the
// agent.
package tunnelrpc

import (
	"context"
	"log"

	"github.com/pkg/errors"

	"rawexposure/rpc/spauth"
)

var errDenied = errors.New("verification failed")

// Tunnel is the agent's service.
type Tunnel struct {
	SP *spauth.Client
}

// OpenArgs is what the agent sends.
type OpenArgs struct{ User, OTP string }

// OpenReply is what it gets back.
type OpenReply struct {
	Token  string
	Detail string
}

// Open wraps the server's message into the error the agent shows.
func (t *Tunnel) Open(args *OpenArgs, reply *OpenReply) error { // want Open:"raw errorMessage"
	resp, err := t.SP.ValidateOTP(context.Background(), args.User, args.OTP)
	if err != nil {
		return errDenied
	}
	if resp.ErrorCode != 0 {
		return errors.Wrapf(errDenied, "%s", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a net/rpc method`
	}
	reply.Token = "t-" + args.User
	return nil
}

// Close logs the message and returns a fixed error: quiet.
func (t *Tunnel) Close(args *OpenArgs, reply *OpenReply) error {
	resp, err := t.SP.ValidateOTP(context.Background(), args.User, args.OTP)
	if err != nil || resp.ErrorCode != 0 {
		log.Printf("close %s: %v %+v", args.User, err, resp)
		return errDenied
	}
	return nil
}

// Probe answers with the server's message in its reply, which the codec
// sends as the result.
func (t *Tunnel) Probe(args *OpenArgs, reply *OpenReply) error {
	resp, err := t.SP.ValidateOTP(context.Background(), args.User, args.OTP)
	if err != nil {
		return errDenied
	}
	if resp.ErrorCode != 0 {
		reply.Detail = resp.ErrorMessage // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the net/rpc reply sent to the client`
		return nil
	}
	reply.Detail = "ok"
	return nil
}
