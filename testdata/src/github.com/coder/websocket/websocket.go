// Package websocket is a test stub of github.com/coder/websocket (v1.8.15): Accept and the
// *Conn writers, with the real signatures and no behaviour.
package websocket

import (
	"context"
	"io"
	"net"
	"net/http"
)

// MessageType represents the type of a WebSocket message.
type MessageType int

// MessageType constants.
const (
	MessageText MessageType = iota + 1
	MessageBinary
)

// StatusCode represents a WebSocket status code.
type StatusCode int

// Status codes.
const (
	StatusNormalClosure   StatusCode = 1000
	StatusPolicyViolation StatusCode = 1008
	StatusInternalError   StatusCode = 1011
)

// AcceptOptions represents Accept's options.
type AcceptOptions struct {
	Subprotocols   []string
	OriginPatterns []string
}

// Accept accepts a WebSocket handshake from a client and upgrades the
// connection to a WebSocket.
func Accept(w http.ResponseWriter, r *http.Request, opts *AcceptOptions) (*Conn, error) {
	return &Conn{}, nil
}

// Conn represents a WebSocket connection.
type Conn struct{}

// Read is a convenience method around Reader to read a single message.
func (c *Conn) Read(ctx context.Context) (MessageType, []byte, error) { return 0, nil, nil }

// Writer returns a writer bounded by the context that will write a
// WebSocket message of type dataType to the connection.
func (c *Conn) Writer(ctx context.Context, typ MessageType) (io.WriteCloser, error) {
	return nil, nil
}

// Write writes a message to the connection.
func (c *Conn) Write(ctx context.Context, typ MessageType, p []byte) error { return nil }

// Close performs the WebSocket close handshake with the given status code
// and reason.
func (c *Conn) Close(code StatusCode, reason string) (err error) { return nil }

// CloseNow closes the WebSocket connection without attempting a close
// handshake.
func (c *Conn) CloseNow() (err error) { return nil }

// NetConn converts a *websocket.Conn into a net.Conn.
func NetConn(ctx context.Context, c *Conn, msgType MessageType) net.Conn { return nil }
