// Package spcheck is the SurePassID client the services here share: a
// refusal becomes an error carrying the server's message.
package spcheck

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Reply is SurePassID's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client posts to the REST endpoint.
type Client struct {
	URL  string
	HTTP *http.Client
}

// CheckOTP validates otp for user; a refusal is an error with the raw text.
func (c *Client) CheckOTP(ctx context.Context, user, otp string) error { // want CheckOTP:"result 0 raw errorMessage"
	body, _ := json.Marshal(map[string]string{"type": "validate_oath_otp", "username": user, "otp": otp})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"/AuthServer/REST/U2F/U2FServer.aspx", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r Reply
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return err
	}
	if r.ErrorCode != 0 {
		return fmt.Errorf("surepass: %s", r.ErrorMessage)
	}
	return nil
}
