// Package otpvendor is a third-party SurePassID client, vendored by the help
// desk (go mod vendor): the go command, not the linter, finds it.
package otpvendor

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Response is SurePassID's reply.
type Response struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// DefaultEndpoint is SurePassID's cloud endpoint.
const DefaultEndpoint = "https://cloud.surepassid.com/AuthServer/REST/OTP"

// Client calls SurePassID.
type Client struct {
	HTTP     *http.Client
	Endpoint string
}

// Validate checks a one-time password. A refusal comes back as the response
// and an error carrying SurePassID's raw errorMessage.
func (c *Client) Validate(ctx context.Context, user, otp string) (*Response, error) {
	body, _ := json.Marshal(map[string]string{"spAccountLoginName": user, "otp": otp})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var r Response
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return nil, err
	}
	if r.ErrorCode != 0 {
		return &r, fmt.Errorf("surepassid %d: %s", r.ErrorCode, r.ErrorMessage)
	}
	return &r, nil
}
