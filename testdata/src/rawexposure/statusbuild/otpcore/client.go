// Package otpcore is the team's SurePassID client: a refusal comes back as
// a *Refusal holding the vendor's code and text for the logs.
package otpcore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

const endpoint = "https://sandbox.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

type request struct {
	Type     string `json:"type"`
	Username string `json:"username"`
	OTP      string `json:"otp,omitempty"`
}

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Refusal is SurePassID saying no.
type Refusal struct {
	Op     string
	Code   int
	Reason string // want Reason:"raw errorMessage from otpcore.Refusal.Reason"
}

// Error is fixed text: the vendor's code and reason are for the logs.
func (r *Refusal) Error() string { // want Error:"reads fields Op"
	return "surepassid refused " + r.Op
}

// Client calls SurePassID.
type Client struct {
	HTTP *http.Client
}

// Verify checks an OTP; a refusal is a *Refusal.
func (c *Client) Verify(ctx context.Context, user, otp string) error { // want Verify:"result 0 raw errorMessage from otpcore.Verify"
	body, err := json.Marshal(request{Type: "validate_oath_otp", Username: user, OTP: otp})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var out reply
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return err
	}
	if out.ErrorCode != 0 {
		return &Refusal{Op: "validate_oath_otp", Code: out.ErrorCode, Reason: out.ErrorMessage}
	}
	return nil
}

// AsRefusal finds the refusal in err's chain.
func AsRefusal(err error) (*Refusal, bool) {
	var r *Refusal
	ok := errors.As(err, &r)
	return r, ok
}
