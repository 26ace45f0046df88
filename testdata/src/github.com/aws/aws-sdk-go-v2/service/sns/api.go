// Package sns is a test stub of github.com/aws/aws-sdk-go-v2/service/sns
// (v1.31): the client's Publish, with the real signature.
package sns

import "context"

// Options are the client's options.
type Options struct {
	Region string
}

// Client is the SNS client.
type Client struct {
	options Options
}

// NewFromConfig is stubbed as New.
func New(options Options) *Client { return &Client{options: options} }

// PublishInput is what Publish sends: to a topic, a target (an endpoint)
// or directly to a phone number as an SMS.
type PublishInput struct {
	Message          *string
	MessageStructure *string
	PhoneNumber      *string
	Subject          *string
	TargetArn        *string
	TopicArn         *string
}

// PublishOutput is the answer of Publish.
type PublishOutput struct {
	MessageId *string
}

// Publish sends a message to a topic, an endpoint or a phone number.
func (c *Client) Publish(ctx context.Context, params *PublishInput, optFns ...func(*Options)) (*PublishOutput, error) {
	return &PublishOutput{}, nil
}
