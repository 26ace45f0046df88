// Package idcheck calls SurePassID's find_user for the portal.
package idcheck

import (
	"context"
	"encoding/json"
	"net/http"
)

// Answer is SurePassID's reply.
type Answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// OK reports success.
func (a Answer) OK() bool { return a.ErrorCode == 0 }

// Client calls SurePassID.
type Client struct{ HTTP *http.Client }

// FindUser looks a user up.
func (c *Client) FindUser(ctx context.Context, user string) (Answer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://sandbox.surepassid.com/AuthServer/REST/OTP/OTPService.svc/find_user", nil)
	if err != nil {
		return Answer{}, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return Answer{}, err
	}
	defer resp.Body.Close()
	var a Answer
	err = json.NewDecoder(resp.Body).Decode(&a)
	return a, err
}
