// Package ws is a test stub of github.com/gobwas/ws (v1.4): the opcodes,
// states and the HTTP upgrade, with the real signatures and no behaviour.
package ws

import (
	"bufio"
	"net"
	"net/http"
)

// OpCode represents operation code.
type OpCode byte

// Operation codes defined by specification.
const (
	OpText   OpCode = 0x1
	OpBinary OpCode = 0x2
	OpClose  OpCode = 0x8
)

// State represents state of websocket endpoint.
type State uint8

// The sides of a connection.
const (
	StateServerSide State = 1 << iota
	StateClientSide
)

// Handshake represents handshake result.
type Handshake struct {
	Protocol string
}

// UpgradeHTTP is like HTTPUpgrader{}.Upgrade().
func UpgradeHTTP(r *http.Request, w http.ResponseWriter) (conn net.Conn, rw *bufio.ReadWriter, hs Handshake, err error) {
	return nil, nil, Handshake{}, nil
}
