// Package websocket is a test stub of github.com/fasthttp/websocket
// (v1.5.8), the fork of gorilla/websocket for fasthttp (and fiber's
// contrib websocket): Upgrader, FastHTTPUpgrader, the *Conn writers,
// FormatCloseMessage and prepared messages, with the real signatures and
// no behaviour.
package websocket

import (
	"io"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// The message types.
const (
	TextMessage   = 1
	BinaryMessage = 2
	CloseMessage  = 8
	PingMessage   = 9
	PongMessage   = 10
)

// Close codes defined in RFC 6455, section 11.7.
const (
	CloseNormalClosure     = 1000
	ClosePolicyViolation   = 1008
	CloseInternalServerErr = 1011
)

// Upgrader specifies parameters for upgrading an HTTP connection to a
// WebSocket connection.
type Upgrader struct {
	ReadBufferSize, WriteBufferSize int
	CheckOrigin                     func(r *http.Request) bool
}

// Upgrade upgrades the HTTP server connection to the WebSocket protocol.
func (u *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request, responseHeader http.Header) (*Conn, error) {
	return &Conn{}, nil
}

// Conn represents a WebSocket connection.
type Conn struct{}

// Close closes the underlying network connection without sending a close message.
func (c *Conn) Close() error { return nil }

// WriteControl writes a control message with the given deadline.
func (c *Conn) WriteControl(messageType int, data []byte, deadline time.Time) error { return nil }

// NextWriter returns a writer for the next message to send.
func (c *Conn) NextWriter(messageType int) (io.WriteCloser, error) { return nil, nil }

// WritePreparedMessage writes prepared message into connection.
func (c *Conn) WritePreparedMessage(pm *PreparedMessage) error { return nil }

// WriteMessage is a helper method for getting a writer using NextWriter,
// writing the message and closing the writer.
func (c *Conn) WriteMessage(messageType int, data []byte) error { return nil }

// ReadMessage is a helper method for getting a reader using NextReader and
// reading from that reader to a buffer.
func (c *Conn) ReadMessage() (messageType int, p []byte, err error) { return 0, nil, nil }

// WriteJSON writes the JSON encoding of v as a message.
func (c *Conn) WriteJSON(v interface{}) error { return nil }

// ReadJSON reads the next JSON-encoded message from the connection.
func (c *Conn) ReadJSON(v interface{}) error { return nil }

// WriteJSON writes the JSON encoding of v as a message.
//
// Deprecated: Use c.WriteJSON instead.
func WriteJSON(c *Conn, v interface{}) error { return nil }

// FormatCloseMessage formats closeCode and text as a WebSocket close message.
func FormatCloseMessage(closeCode int, text string) []byte { return nil }

// PreparedMessage caches on the wire representations of a message payload.
type PreparedMessage struct{}

// NewPreparedMessage returns an initialized PreparedMessage.
func NewPreparedMessage(messageType int, data []byte) (*PreparedMessage, error) {
	return &PreparedMessage{}, nil
}

// FastHTTPHandler receives a websocket connection after the handshake has
// been completed.
type FastHTTPHandler func(*Conn)

// FastHTTPUpgrader specifies parameters for upgrading a fasthttp
// connection to a WebSocket connection.
type FastHTTPUpgrader struct {
	ReadBufferSize, WriteBufferSize int
}

// Upgrade upgrades the fasthttp server connection to the WebSocket
// protocol and calls handler with the connection.
func (u *FastHTTPUpgrader) Upgrade(ctx *fasthttp.RequestCtx, handler FastHTTPHandler) error {
	return nil
}
