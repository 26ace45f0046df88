// Package radius is a test stub of layeh.com/radius: the packet, the
// server side and attribute constructors, with the real signatures and no
// behaviour.
package radius

import (
	"context"
	"net"
)

// Code is the packet's code.
type Code int

// Packet codes.
const (
	CodeAccessRequest   Code = 1
	CodeAccessAccept    Code = 2
	CodeAccessReject    Code = 3
	CodeAccessChallenge Code = 11
)

// Type is an attribute's type.
type Type int

// Attribute is an attribute's value.
type Attribute []byte

// NewString returns a new Attribute from the given string.
func NewString(s string) (Attribute, error) { return Attribute(s), nil }

// NewBytes returns a new Attribute from the given byte slice.
func NewBytes(b []byte) (Attribute, error) { return Attribute(b), nil }

// String returns the given attribute as a string.
func String(a Attribute) string { return string(a) }

// AVP is an attribute-value pair.
type AVP struct {
	Type      Type
	Attribute Attribute
}

// Attributes is a list of RADIUS attributes.
type Attributes []*AVP

// Add appends the given Attribute to the map entry of the given type.
func (a *Attributes) Add(key Type, value Attribute) {}

// Set removes all Attributes of Type key and appends value.
func (a *Attributes) Set(key Type, value Attribute) {}

// Get returns the first Attribute of Type key.
func (a Attributes) Get(key Type) Attribute { return nil }

// Packet is a RADIUS packet.
type Packet struct {
	Code          Code
	Identifier    byte
	Authenticator [16]byte
	Secret        []byte
	Attributes
}

// New creates a new packet with the Code, Secret fields set to the given
// values.
func New(code Code, secret []byte) *Packet { return &Packet{Code: code, Secret: secret} }

// Response returns a new packet that has the same identifier, secret, and
// authenticator as the current packet.
func (p *Packet) Response(code Code) *Packet { return &Packet{Code: code} }

// Request is an incoming RADIUS request that is being handled by the
// server.
type Request struct {
	LocalAddr  net.Addr
	RemoteAddr net.Addr
	*Packet
}

// Context returns the context of the request.
func (r *Request) Context() context.Context { return context.Background() }

// ResponseWriter is used by RADIUS servers when replying to a RADIUS
// request.
type ResponseWriter interface {
	Write(packet *Packet) error
}

// Handler provides a response to a RADIUS request.
type Handler interface {
	ServeRADIUS(w ResponseWriter, r *Request)
}

// HandlerFunc allows a function to implement Handler.
type HandlerFunc func(w ResponseWriter, r *Request)

// ServeRADIUS calls h(w, p).
func (h HandlerFunc) ServeRADIUS(w ResponseWriter, r *Request) { h(w, r) }

// SecretSource supplies RADIUS servers with the secret that should be
// used for authorizing and decrypting packets.
type SecretSource interface {
	RADIUSSecret(ctx context.Context, remoteAddr net.Addr) ([]byte, error)
}

// StaticSecretSource returns a SecretSource that uses secret for all
// requests.
func StaticSecretSource(secret []byte) SecretSource { return nil }

// PacketServer listens for RADIUS requests on a packet-based protocol.
type PacketServer struct {
	Addr         string
	Network      string
	SecretSource SecretSource
	Handler      Handler
}

// ListenAndServe starts a RADIUS server on the address given in s.
func (s *PacketServer) ListenAndServe() error { return nil }
