package netrpcsvc

import (
	"context"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"

	"rawexposure/rpc/spauth"
)

// Tokens is served over JSON-RPC on a server of its own, by name.
type Tokens struct{ SP *spauth.Client }

// Resync returns the response's message wrapped in an error.
func (t Tokens) Resync(serial string, reply *string) error { // want Resync:"raw errorMessage"
	resp, err := t.SP.ValidateOTP(context.Background(), serial, "")
	if err != nil {
		return rpcError("resync unavailable")
	}
	if resp.ErrorCode != 0 {
		return rpcError(resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a net/rpc method`
	}
	*reply = "ok"
	return nil
}

// rpcError is the service's error type.
type rpcError string

func (e rpcError) Error() string { return string(e) }

// ServeTokens answers JSON-RPC on l.
func ServeTokens(l net.Listener, t Tokens) error {
	srv := rpc.NewServer()
	if err := srv.RegisterName("Tokens", t); err != nil {
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

// Audit has RPC-shaped methods but is never registered: quiet.
type Audit struct{ SP *spauth.Client }

func (a *Audit) Replay(user string, ok *bool) error { // want Replay:"raw errorMessage"
	return a.SP.Verify(context.Background(), user, "")
}
