// Package netrpcsvc is a net/rpc service over HTTP backed by SurePassID:
// net/rpc sends a method's returned error to the caller as the response's
// error string (gob's Response.Error, jsonrpc's "error"), err.Error().
package netrpcsvc

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/rpc"

	"rawexposure/rpc/spauth"
)

// Accounts is registered under its own name by Mount.
type Accounts struct {
	sp *spauth.Client
}

// LoginRequest is Accounts.Login's argument.
type LoginRequest struct{ User, OTP string }

// LoginReply is Accounts.Login's reply.
type LoginReply struct{ Session string }

// Login returns the client's error: its text carries the raw message.
func (a *Accounts) Login(req LoginRequest, reply *LoginReply) error { // want Login:"raw errorMessage"
	if err := a.sp.Verify(context.Background(), req.User, req.OTP); err != nil {
		return err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a net/rpc method`
	}
	reply.Session = "s-" + req.User
	return nil
}

// Check formats the message into its own error.
func (a *Accounts) Check(req *LoginRequest, ok *bool) error { // want Check:"raw errorMessage"
	resp, err := a.sp.ValidateOTP(context.Background(), req.User, req.OTP)
	if err != nil {
		log.Printf("surepass: %v", err)
		return errors.New("authentication service unavailable")
	}
	if resp.ErrorCode != 0 {
		return fmt.Errorf("otp rejected: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a net/rpc method`
	}
	*ok = true
	return nil
}

// Probe logs the message and returns a fixed error: quiet.
func (a *Accounts) Probe(req LoginRequest, ok *bool) error {
	resp, err := a.sp.ValidateOTP(context.Background(), req.User, req.OTP)
	if err != nil || resp.ErrorCode != 0 {
		log.Printf("probe %s: %v %+v", req.User, err, resp)
		return errors.New("authentication failed")
	}
	*ok = true
	return nil
}

// verify has the shape but is unexported: net/rpc does not serve it.
func (a *Accounts) verify(req LoginRequest, ok *bool) error {
	return a.sp.Verify(context.Background(), req.User, req.OTP)
}

// Session is not an RPC method (no reply pointer).
func (a *Accounts) Session(user string) error { // want Session:"raw errorMessage"
	return a.sp.Verify(context.Background(), user, "")
}

// Mount registers the service on the default server.
func Mount(sp *spauth.Client) error {
	if err := rpc.Register(&Accounts{sp: sp}); err != nil {
		return err
	}
	rpc.HandleHTTP()
	return nil
}
