// Package idp is the portal's SurePassID client. It decodes responses into
// codes.Envelope and keeps the older WCF endpoint's integer result type.
package idp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"
)

// Endpoint is SurePassID's REST endpoint.
const Endpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Response is a SurePassID answer.
type Response struct {
	codes.Envelope
}

// Result is the integer the legacy WCF endpoint returns: the same numbers as
// the published return codes, without names. The portal configures it with
// the codetypes setting so surepasslint knows it holds return codes.
type Result int

// Client calls SurePassID.
type Client struct {
	HTTP      *http.Client
	LoginName string
	LoginKey  string
}

type request struct {
	Type      string `json:"type"`
	LoginName string `json:"spAccountLoginName"`
	LoginKey  string `json:"spAccountLoginKey"`
	Username  string `json:"username"`
	OTP       string `json:"otp,omitempty"`
}

func (c *Client) call(ctx context.Context, req request) (*Response, error) {
	req.LoginName, req.LoginKey = c.LoginName, c.LoginKey
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, Endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	hres, err := c.HTTP.Do(hreq)
	if err != nil {
		return nil, err
	}
	defer func() { _ = hres.Body.Close() }()
	var resp Response
	if err := json.NewDecoder(hres.Body).Decode(&resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// ValidateOTP returns the raw response; callers dispatch on its ErrorCode.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) (*Response, error) {
	return c.call(ctx, request{Type: "validate_oath_otp", Username: user, OTP: otp})
}

// SendOTP asks SurePassID to text the user a code and turns a failure into
// an error carrying the server's raw message.
func (c *Client) SendOTP(ctx context.Context, user string) error {
	resp, err := c.call(ctx, request{Type: "send_oath_otp", Username: user})
	if err != nil {
		return err
	}
	if resp.Failed() {
		return fmt.Errorf("idp: %s", resp.ErrorMessage)
	}
	return nil
}

// LegacyValidate calls the old WCF endpoint, which answers with a bare Result.
func (c *Client) LegacyValidate(ctx context.Context, user, otp string) (Result, error) {
	resp, err := c.ValidateOTP(ctx, user, otp)
	if err != nil {
		return 0, err
	}
	return Result(resp.ErrorCode), nil
}
