// Package surepass is a small SurePassID client: the one package of the
// module with a signal (its name, and the API's request tags).
package surepass

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type request struct {
	Type      string `json:"type"`
	LoginName string `json:"spAccountLoginName"`
	LoginKey  string `json:"spAccountLoginKey"`
	Username  string `json:"username"`
}

// Response is the part of a SurePassID answer the module reads.
type Response struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls the SurePassID API.
type Client struct {
	HTTP                *http.Client
	Endpoint            string
	LoginName, LoginKey string
}

// SendOTP texts the user a code; a failure carries the server's raw message.
func (c *Client) SendOTP(ctx context.Context, user string) error {
	body, err := json.Marshal(request{Type: "send_oath_otp", LoginName: c.LoginName, LoginKey: c.LoginKey, Username: user})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var resp Response
	if err := json.NewDecoder(res.Body).Decode(&resp); err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return fmt.Errorf("surepass: %s", resp.ErrorMessage)
	}
	return nil
}
