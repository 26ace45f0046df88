// Package gws is a test stub of github.com/lxzan/gws (v1.8): the Conn
// writers and the Broadcaster, with the real signatures and no behaviour.
package gws

// Opcode is a frame's operation code.
type Opcode uint8

// Operation codes.
const (
	OpcodeText   Opcode = 0x1
	OpcodeBinary Opcode = 0x2
	OpcodeClose  Opcode = 0x8
)

// Conn is a websocket connection.
type Conn struct{}

// WriteMessage writes a message.
func (c *Conn) WriteMessage(opcode Opcode, payload []byte) error { return nil }

// WriteString writes a text message.
func (c *Conn) WriteString(s string) error { return nil }

// WriteAsync writes a message asynchronously.
func (c *Conn) WriteAsync(opcode Opcode, payload []byte, callback func(error)) {}

// WriteClose sends a close frame and closes the connection.
func (c *Conn) WriteClose(code uint16, reason []byte) {}

// Broadcaster writes one message to many connections.
type Broadcaster struct{}

// NewBroadcaster creates a broadcaster.
func NewBroadcaster(opcode Opcode, payload []byte) *Broadcaster { return &Broadcaster{} }

// Broadcast sends the message to socket.
func (c *Broadcaster) Broadcast(socket *Conn) error { return nil }

// Close releases the resources.
func (c *Broadcaster) Close() error { return nil }
