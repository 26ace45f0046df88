// Package spclient is the payments team's SurePassID client on resty:
// every answer is decoded into a generic Result[T] carrying SurePassID's
// status as SPStatus.
package spclient

import (
	"context"
	"fmt"
	"os"

	"github.com/go-resty/resty/v2"
)

// SPStatus is SurePassID's errorCode.
type SPStatus int64

// StatusOK is success.
const StatusOK SPStatus = 0

// Result is SurePassID's answer with the operation's own fields in Data.
type Result[T any] struct {
	Type    string   `json:"type"`
	Status  SPStatus `json:"errorCode"`
	Message string   `json:"errorMessage"`
	Data    T        `json:"data,omitempty"`
}

// Failed reports a non-zero status.
func (r *Result[T]) Failed() bool { return r.Status != StatusOK }

// Enrollment is what pre_enroll adds.
type Enrollment struct {
	QRCodeURL string `json:"QRCodeURL"`
}

// Client calls SurePassID.
type Client struct {
	rc *resty.Client
}

// New builds a client from the function's environment.
func New() *Client {
	return &Client{rc: resty.New().SetBaseURL(os.Getenv("SUREPASS_URL"))}
}

func call[T any](ctx context.Context, c *Client, body map[string]any) (*Result[T], error) {
	body["spAccountLoginName"] = os.Getenv("SUREPASS_LOGIN")
	body["spAccountLoginKey"] = os.Getenv("SUREPASS_KEY")
	out := new(Result[T])
	resp, err := c.rc.R().SetContext(ctx).SetBody(body).SetResult(out).Post("/AuthServer/REST/U2F/U2FServer.aspx")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("surepassid: http %d", resp.StatusCode())
	}
	return out, nil
}

// ValidateOTP checks a one-time password.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Result[struct{}], error) {
	return call[struct{}](ctx, c, map[string]any{"type": "validate_oath_otp", "username": user, "otp": otp})
}

// PreEnroll starts an enrollment.
func (c *Client) PreEnroll(ctx context.Context, user string) (*Result[Enrollment], error) {
	return call[Enrollment](ctx, c, map[string]any{"type": "pre_enroll", "username": user})
}

// PushOTP pushes a one-time password to the user's device.
func (c *Client) PushOTP(ctx context.Context, user string) (*Result[struct{}], error) {
	return call[struct{}](ctx, c, map[string]any{"type": "push_oath_otp", "username": user})
}
