// Package ssh is a test stub of golang.org/x/crypto/ssh (v0.41), the
// server side: channels, the server configuration's callbacks and the
// banner error, with the real signatures and no behaviour.
package ssh

import (
	"io"
	"net"
)

// Channel is an ordered, reliable, flow-controlled, duplex stream.
type Channel interface {
	Read(data []byte) (int, error)
	Write(data []byte) (int, error)
	Close() error
	CloseWrite() error
	SendRequest(name string, wantReply bool, payload []byte) (bool, error)
	Stderr() io.ReadWriter
}

// Request is a request sent outside of the normal stream of data.
type Request struct {
	Type      string
	WantReply bool
	Payload   []byte
}

// Reply sends a response to a request.
func (r *Request) Reply(ok bool, payload []byte) error { return nil }

// RejectionReason is an enumeration used when rejecting channel creation.
type RejectionReason uint32

// The rejection reasons.
const (
	Prohibited RejectionReason = iota + 1
	ConnectionFailed
	UnknownChannelType
	ResourceShortage
)

// NewChannel represents an incoming request to a channel.
type NewChannel interface {
	Accept() (Channel, <-chan *Request, error)
	Reject(reason RejectionReason, message string) error
	ChannelType() string
	ExtraData() []byte
}

// ConnMetadata holds metadata for the connection.
type ConnMetadata interface {
	User() string
	SessionID() []byte
	ClientVersion() []byte
	ServerVersion() []byte
	RemoteAddr() net.Addr
	LocalAddr() net.Addr
}

// Conn represents an SSH connection for both server and client roles.
type Conn interface {
	ConnMetadata
	Close() error
	Wait() error
}

// Permissions are passed from the authentication callbacks to the server
// application layer.
type Permissions struct {
	CriticalOptions map[string]string
	Extensions      map[string]string
}

// ServerConn is an authenticated SSH connection, as seen from the server.
type ServerConn struct {
	Conn
	Permissions *Permissions
}

// KeyboardInteractiveChallenge should print questions, optionally
// disabling echoing, and return all the answers.
type KeyboardInteractiveChallenge func(name, instruction string, questions []string, echos []bool) (answers []string, err error)

// PublicKey represents a public key using an unspecified algorithm.
type PublicKey interface {
	Type() string
	Marshal() []byte
}

// Signer can create signatures that verify against a public key.
type Signer interface {
	PublicKey() PublicKey
}

// ServerConfig holds server specific configuration data.
type ServerConfig struct {
	NoClientAuth                bool
	MaxAuthTries                int
	PasswordCallback            func(conn ConnMetadata, password []byte) (*Permissions, error)
	PublicKeyCallback           func(conn ConnMetadata, key PublicKey) (*Permissions, error)
	KeyboardInteractiveCallback func(conn ConnMetadata, client KeyboardInteractiveChallenge) (*Permissions, error)
	AuthLogCallback             func(conn ConnMetadata, method string, err error)
	ServerVersion               string
	BannerCallback              func(conn ConnMetadata) string
}

// AddHostKey adds a private key as a host key.
func (s *ServerConfig) AddHostKey(key Signer) {}

// BannerError is an error that can be returned by authentication handlers
// in ServerConfig to send a banner message to the client.
type BannerError struct {
	Err     error
	Message string
}

func (b *BannerError) Unwrap() error { return b.Err }

func (b *BannerError) Error() string {
	if b.Err == nil {
		return b.Message
	}
	return b.Err.Error()
}

// NewServerConn starts a new SSH server with c as the underlying transport.
func NewServerConn(c net.Conn, config *ServerConfig) (*ServerConn, <-chan NewChannel, <-chan *Request, error) {
	return nil, nil, nil, nil
}

// DiscardRequests consumes and rejects all requests from the passed-in
// channel.
func DiscardRequests(in <-chan *Request) {}

// MarshalAuthorizedKey serializes key for inclusion in an OpenSSH
// authorized_keys file.
func MarshalAuthorizedKey(key PublicKey) []byte { return nil }
