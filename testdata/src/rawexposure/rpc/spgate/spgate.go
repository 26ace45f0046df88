// Package spgate is a SurePassID client behind an interface of its own:
// Gate is what the services depend on, *Client the real implementation and
// Offline a stand-in for local runs. Challenge's only raw error is a
// *Rejection (its transport failures say nothing of the answer); Enroll
// folds the answer's text into a plain error.
package spgate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

const endpoint = "https://api.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

// ErrUnreachable is returned when SurePassID cannot be reached.
var ErrUnreachable = errors.New("spgate: surepass unreachable") // want ErrUnreachable:"wrapped sentinel"

// Gate is the part of the client the services use.
type Gate interface {
	Challenge(ctx context.Context, user, channel string) error
	Enroll(ctx context.Context, user, serial string) error
}

type answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Rejection is SurePassID's refusal of a request.
type Rejection struct {
	Code   int
	Reason string // want Reason:"raw errorMessage from spgate.Rejection.Reason"
}

func (r *Rejection) Error() string { return "spgate: " + r.Reason } // want Error:"raw errorMessage"

// Client calls SurePassID over HTTP.
type Client struct{ HTTP *http.Client }

var _ Gate = (*Client)(nil)

// post sends one request; its errors are transport and decoding failures.
func (c *Client) post(ctx context.Context, form url.Values) (*answer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint+"?"+form.Encode(), nil)
	if err != nil {
		return nil, fmt.Errorf("spgate: request: %w", err)
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreachable, err)
	}
	defer res.Body.Close()
	var a answer
	if err := json.NewDecoder(res.Body).Decode(&a); err != nil {
		return nil, fmt.Errorf("spgate: decode: %w", err)
	}
	return &a, nil
}

// Challenge sends an OTP over channel.
func (c *Client) Challenge(ctx context.Context, user, channel string) error { // want Challenge:"raw errorMessage"
	a, err := c.post(ctx, url.Values{"type": {"send_oath_otp"}, "username": {user}, "deliveryMethod": {channel}})
	if err != nil {
		return err
	}
	if a.ErrorCode != 0 {
		return &Rejection{Code: a.ErrorCode, Reason: a.ErrorMessage}
	}
	return nil
}

// Enroll binds a token to the user.
func (c *Client) Enroll(ctx context.Context, user, serial string) error { // want Enroll:"raw errorMessage"
	a, err := c.post(ctx, url.Values{"type": {"assign_device"}, "username": {user}, "psn": {serial}})
	if err != nil {
		return err
	}
	if a.ErrorCode != 0 {
		return fmt.Errorf("spgate: enroll %s: %s", serial, a.ErrorMessage)
	}
	return nil
}

// Offline accepts every request but the "voice" channel.
type Offline struct{}

func (Offline) Challenge(_ context.Context, _, channel string) error {
	if channel == "voice" {
		return &Rejection{Code: 9044, Reason: "voice is not available offline"}
	}
	return nil
}

func (Offline) Enroll(context.Context, string, string) error { return nil }
