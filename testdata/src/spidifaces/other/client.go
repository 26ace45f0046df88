// Package other is another vendor's client with the same shape.
package other

import "context"

// Client calls the other vendor.
type Client struct{}

// ValidateOTP answers the other vendor's status.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (code int32, msg string, err error) {
	return 40002, "denied", nil
}
