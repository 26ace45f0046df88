// Package mail is a test stub of github.com/wneessen/go-mail (v0.8): the
// message and its body setters, with the real signatures and no behaviour.
package mail

import "context"

// ContentType is a MIME content type.
type ContentType string

// Content types.
const (
	TypeTextPlain ContentType = "text/plain"
	TypeTextHTML  ContentType = "text/html"
)

// MsgOption is an option of a message.
type MsgOption func(*Msg)

// PartOption is an option of a body part.
type PartOption func(any)

// Msg is a mail message.
type Msg struct{}

// NewMsg returns a new message.
func NewMsg(opts ...MsgOption) *Msg { return &Msg{} }

// To sets the recipients.
func (m *Msg) To(rcpts ...string) error { return nil }

// Subject sets the subject.
func (m *Msg) Subject(subj string) {}

// SetBodyString sets the body.
func (m *Msg) SetBodyString(contentType ContentType, content string, opts ...PartOption) {}

// AddAlternativeString adds an alternative body.
func (m *Msg) AddAlternativeString(contentType ContentType, content string, opts ...PartOption) {}

// Client sends messages.
type Client struct{}

// DialAndSendWithContext sends the messages.
func (c *Client) DialAndSendWithContext(ctx context.Context, messages ...*Msg) error { return nil }
