// Package gateway is the kiosk's client for the company's sign-in gateway,
// which fronts SurePassID and forwards its answers under its own names.
package gateway

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

// Verdict is SurePassID's return code, forwarded by the gateway with the
// published values under the gateway's own names.
//
//surepasslint:codetype
type Verdict int

const (
	Granted     Verdict = 0
	ReplayedOTP Verdict = 9002
	WrongOTP    Verdict = 9003
	NoSuchUser  Verdict = 9001
)

// Answer is the gateway's JSON reply.
type Answer struct {
	// Verdict is SurePassID's errorCode, as a plain number.
	//
	//surepasslint:codefield
	Verdict int    `json:"verdict"`
	Reason  string `json:"reason"` //surepasslint:messagefield
	Ticket  string `json:"ticket"`
}

// Client calls the gateway.
type Client struct {
	HTTP *http.Client
	Base string
}

// Check asks the gateway to verify a one-time password. On a refusal the
// error carries the gateway's raw reason.
func (c *Client) Check(ctx context.Context, user, otp string) (*Answer, error) {
	form := url.Values{"user": {user}, "otp": {otp}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/check?"+form.Encode(), nil)
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var a Answer
	if err := json.NewDecoder(res.Body).Decode(&a); err != nil {
		return nil, err
	}
	if Verdict(a.Verdict) != Granted {
		return &a, fmt.Errorf("gateway refused %s: %s", user, a.Reason)
	}
	return &a, nil
}
