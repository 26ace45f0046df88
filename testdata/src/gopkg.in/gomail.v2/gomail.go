// Package gomail is a test stub of gopkg.in/gomail.v2: the message and its
// setters, with the real signatures and no behaviour.
package gomail

// Message is an email.
type Message struct{}

// PartSetting configures a part.
type PartSetting func(any)

// NewMessage returns a new message.
func NewMessage() *Message { return &Message{} }

// SetHeader sets a header (Subject, To, ...).
func (m *Message) SetHeader(field string, value ...string) {}

// SetBody sets the body.
func (m *Message) SetBody(contentType, body string, settings ...PartSetting) {}

// AddAlternative adds an alternative body.
func (m *Message) AddAlternative(contentType, body string, settings ...PartSetting) {}
