// Package websocket is a test stub of golang.org/x/net/websocket (x/net
// v0.62.0): Handler, *Conn and the Message and JSON codecs, with the real
// signatures and no behaviour.
package websocket

import "net/http"

// Conn represents a WebSocket connection.
type Conn struct{}

// Read implements the io.Reader interface.
func (ws *Conn) Read(msg []byte) (n int, err error) { return 0, nil }

// Write implements the io.Writer interface.
func (ws *Conn) Write(msg []byte) (n int, err error) { return 0, nil }

// Close implements the io.Closer interface.
func (ws *Conn) Close() error { return nil }

// Request returns the http request upgraded to the WebSocket.
func (ws *Conn) Request() *http.Request { return nil }

// Handler is a simple interface to a WebSocket browser client.
type Handler func(*Conn)

// ServeHTTP implements the http.Handler interface for a WebSocket.
func (h Handler) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// Codec represents a symmetric pair of functions that implement a codec.
type Codec struct {
	Marshal   func(v interface{}) (data []byte, payloadType byte, err error)
	Unmarshal func(data []byte, payloadType byte, v interface{}) (err error)
}

// Send sends v marshaled by cd.Marshal as single frame to ws.
func (cd Codec) Send(ws *Conn, v interface{}) (err error) { return nil }

// Receive receives single frame from ws, unmarshaled by cd.Unmarshal and
// stores in v.
func (cd Codec) Receive(ws *Conn, v interface{}) (err error) { return nil }

// Message is a codec to send/receive text/binary data in a frame on
// WebSocket connection.
var Message = Codec{}

// JSON is a codec to send/receive JSON data in a frame from a WebSocket
// connection.
var JSON = Codec{}
