// Package spapi is the worker's SurePassID client on resty.
package spapi

import (
	"context"
	"os"

	"github.com/go-resty/resty/v2"
)

// SPStatus is SurePassID's errorCode.
type SPStatus int64

// Result is SurePassID's answer.
type Result[T any] struct {
	Status  SPStatus `json:"errorCode"`
	Message string   `json:"errorMessage"`
	Data    T        `json:"data,omitempty"`
}

// Failed reports a non-zero status.
func (r *Result[T]) Failed() bool { return r.Status != 0 }

// Client calls SurePassID.
type Client struct{ RC *resty.Client }

// PushOTP pushes a one-time password to the user's device.
func (c *Client) PushOTP(ctx context.Context, user string) (*Result[struct{}], error) {
	out := new(Result[struct{}])
	_, err := c.RC.R().SetContext(ctx).
		SetBody(map[string]string{"type": "push_oath_otp", "username": user, "spAccountLoginName": os.Getenv("SUREPASS_LOGIN"), "spAccountLoginKey": os.Getenv("SUREPASS_KEY")}).
		SetResult(out).
		Post(os.Getenv("SUREPASS_URL"))
	return out, err
}
