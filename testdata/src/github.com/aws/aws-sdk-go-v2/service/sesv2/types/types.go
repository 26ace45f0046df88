// Package types is a test stub of
// github.com/aws/aws-sdk-go-v2/service/sesv2/types (v1.32): an email's
// content and destination.
package types

// Content is a text and its charset.
type Content struct {
	Data    *string
	Charset *string
}

// Body is the text and HTML of a message.
type Body struct {
	Html *Content
	Text *Content
}

// Message is a simple email.
type Message struct {
	Body    *Body
	Subject *Content
}

// Template is a stored template and its data.
type Template struct {
	TemplateName *string
	TemplateData *string
}

// EmailContent is a simple, raw or templated email.
type EmailContent struct {
	Simple   *Message
	Template *Template
}

// Destination is who the email goes to.
type Destination struct {
	ToAddresses  []string
	CcAddresses  []string
	BccAddresses []string
}
