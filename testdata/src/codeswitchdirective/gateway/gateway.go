// Package gateway is an in-house gateway in front of SurePassID. It names the
// return codes it forwards its own way (Outcome, not errorCode; OTPRejected,
// not OTPInvalid), so the heuristics cannot know them: directives say what
// they are.
package gateway

import "context"

// Outcome is SurePassID's return code, under the gateway's names.
//
//surepasslint:codetype
type Outcome int

const (
	Accepted    Outcome = 0
	OTPReused   Outcome = 9002
	OTPRejected Outcome = 9003
)

// Answer is the gateway's reply; Result is the raw SurePassID code.
type Answer struct {
	Result int    `json:"result"` //surepasslint:codefield
	Note   string `json:"note"`
	Tries  int    `json:"tries"`
}

type Client struct{ Base string }

func (c *Client) Check(ctx context.Context, user, otp string) (Answer, error) {
	return Answer{}, nil
}
