// Package spotp is a SurePassID OTP client with a typed refusal: Reply.Err
// turns a refused answer into a *Refusal carrying the raw text, and Confirm
// folds the text into a plain error.
package spotp

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

const api = "https://api.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Reply is SurePassID's answer.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Refusal is a refused answer.
type Refusal struct {
	Code int
	Text string // want Text:"raw errorMessage from spotp.Refusal.Text"
}

func (r *Refusal) Error() string { return fmt.Sprintf("refused (%d): %s", r.Code, r.Text) } // want Error:"raw errorMessage"

// Err is nil for an accepted answer, a *Refusal otherwise.
func (r *Reply) Err() error { // want Err:"raw errorMessage"
	if r.ErrorCode == 0 {
		return nil
	}
	return &Refusal{Code: r.ErrorCode, Text: r.ErrorMessage}
}

// Client calls SurePassID.
type Client struct{ HTTP *http.Client }

// Check validates an OTP.
func (c *Client) Check(ctx context.Context, user, otp string) (*Reply, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, api+"?"+url.Values{"username": {user}, "otp": {otp}}.Encode(), nil)
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out Reply
	return &out, json.NewDecoder(res.Body).Decode(&out)
}

// Confirm validates an OTP and folds a refusal into a plain error.
func (c *Client) Confirm(ctx context.Context, user, otp string) error { // want Confirm:"raw errorMessage"
	rep, err := c.Check(ctx, user, otp)
	if err != nil {
		return err
	}
	if rep.ErrorCode != 0 {
		return fmt.Errorf("spotp: %s", rep.ErrorMessage)
	}
	return nil
}
