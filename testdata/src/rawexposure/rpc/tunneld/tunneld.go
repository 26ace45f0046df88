// Package tunneld serves the agent's service over JSON-RPC.
package tunneld

import (
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"

	"rawexposure/rpc/spauth"
	"rawexposure/rpc/tunnelrpc"
)

// Serve answers the agents on l.
func Serve(l net.Listener, sp *spauth.Client) error {
	srv := rpc.NewServer()
	if err := srv.RegisterName("Tunnel", &tunnelrpc.Tunnel{SP: sp}); err != nil {
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
