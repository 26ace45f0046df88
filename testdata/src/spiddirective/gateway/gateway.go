// Package gateway is an in-house gateway in front of SurePassID. Nothing in
// it names SurePassID: its status type does not mirror the published enum
// and its reply carries neither errorCode nor errorMessage, so the team marks
// them with directives.
package gateway // want "relevant package"

import "context"

// Status is the SurePassID return code, renumbered by nobody: the gateway
// forwards it as is under its own names.
//
//surepasslint:codetype
type Status int

const (
	StatusOK     Status = 0
	StatusDenied Status = 1
)

// Reply is what the gateway answers.
type Reply struct {
	// Outcome is SurePassID's errorCode, forwarded.
	//
	//surepasslint:codefield
	Outcome int    `json:"outcome"`
	Detail  string `json:"detail"` //surepasslint:messagefield
	Trace   string `json:"trace"`
	Retries int    `json:"retries"`
}

type Client struct{ base string }

func (c *Client) Verify(ctx context.Context, user, otp string) (*Reply, error) {
	_ = ctx
	return &Reply{}, nil
}

func use(r Reply, s Status) {
	_ = r.Outcome // want "role code"
	_ = r.Detail  // want "role message"
	_ = r.Trace
	_ = r.Retries
	_ = s // want "role code"
}
