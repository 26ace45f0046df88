// Package wsutil is a test stub of github.com/gobwas/ws/wsutil (v1.4): the
// server-side message writers and Writer, with the real signatures and no
// behaviour.
package wsutil

import (
	"io"

	"github.com/gobwas/ws"
)

// WriteServerMessage writes message to w, considering that caller
// represents server side.
func WriteServerMessage(w io.Writer, op ws.OpCode, p []byte) error { return nil }

// WriteServerText is the same as WriteServerMessage with ws.OpText.
func WriteServerText(w io.Writer, p []byte) error { return nil }

// WriteServerBinary is the same as WriteServerMessage with ws.OpBinary.
func WriteServerBinary(w io.Writer, p []byte) error { return nil }

// WriteMessage is a helper function that writes message to the w. It
// constructs single frame with given operation code and payload.
func WriteMessage(w io.Writer, s ws.State, op ws.OpCode, p []byte) error { return nil }

// ReadClientData reads next data message from rw, considering that caller
// represents server side.
func ReadClientData(rw io.ReadWriter) ([]byte, ws.OpCode, error) { return nil, 0, nil }

// Writer contains logic of buffering output data into a WebSocket
// fragments.
type Writer struct{}

// NewWriter returns a new Writer whose buffer has the DefaultWriteBuffer
// size.
func NewWriter(dest io.Writer, state ws.State, op ws.OpCode) *Writer { return &Writer{} }

// Write implements io.Writer.
func (w *Writer) Write(p []byte) (n int, err error) { return len(p), nil }

// Flush writes all buffered data to the underlying io.Writer.
func (w *Writer) Flush() error { return nil }
