// Package ssh is a test stub of github.com/gliderlabs/ssh (v0.3.8): the
// session, the context and the server's handlers, with the real
// signatures and no behaviour.
package ssh

import (
	"context"
	"net"

	gossh "golang.org/x/crypto/ssh"
)

// Context is the context of an SSH connection.
type Context interface {
	context.Context
	User() string
	SessionID() string
	ClientVersion() string
	RemoteAddr() net.Addr
	SetValue(key, value interface{})
}

// PublicKey is an abstraction of different types of public keys.
type PublicKey interface {
	gossh.PublicKey
}

// Session provides access to information about an SSH session and
// methods to read and write to the SSH channel with an embedded Channel
// interface from crypto/ssh.
type Session interface {
	gossh.Channel
	User() string
	RemoteAddr() net.Addr
	Environ() []string
	Exit(code int) error
	Command() []string
	RawCommand() string
	PublicKey() PublicKey
	Context() Context
}

// Handler is a callback for handling established SSH sessions.
type Handler func(Session)

// BannerHandler is a callback for displaying the server banner.
type BannerHandler func(ctx Context) string

// PasswordHandler is a callback for performing password authentication.
type PasswordHandler func(ctx Context, password string) bool

// PublicKeyHandler is a callback for performing public key authentication.
type PublicKeyHandler func(ctx Context, key PublicKey) bool

// KeyboardInteractiveHandler is a callback for performing keyboard-interactive authentication.
type KeyboardInteractiveHandler func(ctx Context, challenger gossh.KeyboardInteractiveChallenge) bool

// Option is a functional option handler for Server.
type Option func(*Server) error

// Server defines parameters for running an SSH server.
type Server struct {
	Addr        string
	Handler     Handler
	HostSigners []gossh.Signer
	Version     string
	Banner      string

	BannerHandler              BannerHandler
	KeyboardInteractiveHandler KeyboardInteractiveHandler
	PasswordHandler            PasswordHandler
	PublicKeyHandler           PublicKeyHandler
}

// ListenAndServe listens on the Server's address and serves.
func (srv *Server) ListenAndServe() error { return nil }

// SetOption runs a functional option against the server.
func (srv *Server) SetOption(option Option) error { return option(srv) }

// Handle registers the handler as the DefaultHandler.
func Handle(handler Handler) {}

// ListenAndServe listens on addr with the given handler.
func ListenAndServe(addr string, handler Handler, options ...Option) error { return nil }

// PasswordAuth returns a functional option that sets PasswordHandler on the server.
func PasswordAuth(fn PasswordHandler) Option {
	return func(srv *Server) error { srv.PasswordHandler = fn; return nil }
}

// KeyboardInteractiveAuth returns a functional option that sets
// KeyboardInteractiveHandler on the server.
func KeyboardInteractiveAuth(fn KeyboardInteractiveHandler) Option {
	return func(srv *Server) error { srv.KeyboardInteractiveHandler = fn; return nil }
}
