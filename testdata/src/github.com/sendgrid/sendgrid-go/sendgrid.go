// Package sendgrid is a test stub of github.com/sendgrid/sendgrid-go
// (v3.16): the client sending a v3 mail.
package sendgrid

import (
	"context"

	"github.com/sendgrid/rest"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

// Client sends mail.
type Client struct{}

// NewSendClient returns a client with the API key.
func NewSendClient(key string) *Client { return &Client{} }

// Send sends an email.
func (cl *Client) Send(email *mail.SGMailV3) (*rest.Response, error) {
	return cl.SendWithContext(context.Background(), email)
}

// SendWithContext sends an email with a context.
func (cl *Client) SendWithContext(ctx context.Context, email *mail.SGMailV3) (*rest.Response, error) {
	return &rest.Response{}, nil
}
