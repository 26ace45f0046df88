// Package sesv2 is a test stub of github.com/aws/aws-sdk-go-v2/service/sesv2
// (v1.32): the client's SendEmail, with the real signature.
package sesv2

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
)

// Options are the client's options.
type Options struct {
	Region string
}

// Client is the SES v2 client.
type Client struct {
	options Options
}

// New returns a client.
func New(options Options) *Client { return &Client{options: options} }

// SendEmailInput is the email sent.
type SendEmailInput struct {
	Content          *types.EmailContent
	Destination      *types.Destination
	FromEmailAddress *string
}

// SendEmailOutput is the answer of SendEmail.
type SendEmailOutput struct {
	MessageId *string
}

// SendEmail sends an email.
func (c *Client) SendEmail(ctx context.Context, params *SendEmailInput, optFns ...func(*Options)) (*SendEmailOutput, error) {
	return &SendEmailOutput{}, nil
}
