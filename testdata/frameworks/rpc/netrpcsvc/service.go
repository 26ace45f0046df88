// Package netrpcsvc is a net/rpc service: net/rpc's server sends a method's
// returned error as the response's error string, err.Error() (server.go,
// service.call), over gob or jsonrpc.
package netrpcsvc

import (
	"context"
	"errors"
	"log"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"

	"example.com/frameworks/spclient"
)

// Auth is the registered service.
type Auth struct{ SP *spclient.Client }

// Args are a call's arguments.
type Args struct{ User, OTP string }

// Verify returns the client's error.
func (a *Auth) Verify(args *Args, ok *bool) error {
	if err := a.SP.Verify(context.Background(), args.User, args.OTP); err != nil {
		return err // want "raw SurePassID errorMessage"
	}
	*ok = true
	return nil
}

// Check logs the message and returns a fixed error.
func (a *Auth) Check(args *Args, ok *bool) error {
	resp, err := a.SP.ValidateOTP(context.Background(), args.User, args.OTP)
	if err != nil || resp.ErrorCode != 0 {
		log.Printf("check: %v %v", err, resp)
		return errors.New(spclient.SafeMessage)
	}
	*ok = true
	return nil
}

// Serve answers JSON-RPC on l.
func Serve(l net.Listener, a *Auth) error {
	srv := rpc.NewServer()
	if err := srv.RegisterName("Auth", a); err != nil {
		return err
	}
	for {
		conn, err := l.Accept()
		if err != nil {
			return err
		}
		go srv.ServeCodec(jsonrpc.NewServerCodec(conn))
	}
}
