// Package duo is the identity team's client of another MFA vendor whose
// answers have the same shape: (code, msg, err), look-alike numbers.
package duo

import "context"

// Client calls the other vendor.
type Client struct{ key string }

// New returns a client signing with key.
func New(key string) *Client { return &Client{key: key} }

// ValidateOTP checks a passcode with the other vendor: its own status
// numbers, not SurePassID's.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (code int32, msg string, err error) {
	if otp == "" {
		return 40002, "missing passcode", nil
	}
	return 0, "allow", nil
}

// SendSMS texts user a passcode.
func (c *Client) SendSMS(ctx context.Context, user string) (code int32, msg string, err error) {
	return 0, "sent", nil
}

// SendPush asks user's phone for approval.
func (c *Client) SendPush(ctx context.Context, user string) (int32, string, error) {
	return 0, "pushed", nil
}
