// Package mail is a test stub of github.com/wneessen/go-mail (v0.8): the
// message and its body setters, with the real signatures and no behaviour.
package mail

import (
	"context"
	ht "html/template"
	tt "text/template"
)

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

// SetBodyTextTemplate sets the body of the message from a given
// text/template.Template pointer.
func (m *Msg) SetBodyTextTemplate(tpl *tt.Template, data interface{}, opts ...PartOption) error {
	return nil
}

// SetBodyHTMLTemplate sets the body of the message from a given
// html/template.Template pointer.
func (m *Msg) SetBodyHTMLTemplate(tpl *ht.Template, data interface{}, opts ...PartOption) error {
	return nil
}

// AddAlternativeTextTemplate sets the alternative body of the message to a
// text/template.Template output.
func (m *Msg) AddAlternativeTextTemplate(tpl *tt.Template, data interface{}, opts ...PartOption) error {
	return nil
}

// AddAlternativeHTMLTemplate sets the alternative body of the message to
// an html/template.Template output.
func (m *Msg) AddAlternativeHTMLTemplate(tpl *ht.Template, data interface{}, opts ...PartOption) error {
	return nil
}

// Client sends messages.
type Client struct{}

// DialAndSendWithContext sends the messages.
func (c *Client) DialAndSendWithContext(ctx context.Context, messages ...*Msg) error { return nil }
