// Package radius is a test stub of layeh.com/radius: Packet, Request,
// ResponseWriter and the codes, with the real signatures and no behaviour.
package radius

import "context"

// Code defines the RADIUS packet type.
type Code int

// Standard RADIUS packet codes.
const (
	CodeAccessRequest   Code = 1
	CodeAccessAccept    Code = 2
	CodeAccessReject    Code = 3
	CodeAccessChallenge Code = 11
)

// Packet is a RADIUS packet.
type Packet struct {
	Code       Code
	Identifier byte
	Secret     []byte
}

// New creates a new packet with the Code, Secret fields set to the given
// values.
func New(code Code, secret []byte) *Packet { return &Packet{Code: code, Secret: secret} }

// Response returns a new packet that has the same identifier and secret as
// the current packet.
func (p *Packet) Response(code Code) *Packet { return &Packet{Code: code} }

// Request is an incoming RADIUS request.
type Request struct {
	*Packet
	ctx context.Context
}

// Context returns the request's context.
func (r *Request) Context() context.Context { return r.ctx }

// ResponseWriter is used by RADIUS servers when replying to a request.
type ResponseWriter interface {
	Write(packet *Packet) error
}

// Handler responds to a RADIUS request.
type Handler interface {
	ServeRADIUS(w ResponseWriter, r *Request)
}
