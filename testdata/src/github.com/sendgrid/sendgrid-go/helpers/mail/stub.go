// Package mail is a test stub of github.com/sendgrid/sendgrid-go/helpers/mail
// (v3.16): the mail builders, with the real signatures.
package mail

// Email is an address.
type Email struct {
	Name    string `json:"name,omitempty"`
	Address string `json:"email,omitempty"`
}

// Content is a part of the body.
type Content struct {
	Type  string `json:"type,omitempty"`
	Value string `json:"value,omitempty"`
}

// SGMailV3 is the message sent.
type SGMailV3 struct {
	Subject string     `json:"subject,omitempty"`
	Content []*Content `json:"content,omitempty"`
}

// NewEmail returns an address.
func NewEmail(name string, address string) *Email { return &Email{Name: name, Address: address} }

// NewContent returns a body part.
func NewContent(contentType string, value string) *Content {
	return &Content{Type: contentType, Value: value}
}

// NewSingleEmail builds a message to one recipient.
func NewSingleEmail(from *Email, subject string, to *Email, plainTextContent string, htmlContent string) *SGMailV3 {
	return &SGMailV3{Subject: subject}
}

// NewV3MailInit builds a message with its content.
func NewV3MailInit(from *Email, subject string, to *Email, content ...*Content) *SGMailV3 {
	return &SGMailV3{Subject: subject, Content: content}
}
