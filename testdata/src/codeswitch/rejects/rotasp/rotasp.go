// Package rotasp is the rota team's SurePassID client: it answers every
// call with a Check whose Verdict is the server's return code.
package rotasp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Verdict is SurePassID's return code.
type Verdict int32

// The codes the rota app names.
const (
	VerdictSuccess         Verdict = 0
	VerdictOTPAlreadyUsed  Verdict = 9002
	VerdictOTPInvalid      Verdict = 9003
	VerdictLocked          Verdict = 9015 // MaximumFailedOTPRequestsExceeded
	VerdictSendOTPExpired  Verdict = 9043
	VerdictAlreadyEnrolled Verdict = 9046 // UserAlreadyEnrolled
)

// Check is a verification's answer.
type Check struct {
	Verdict Verdict `json:"errorCode"`
	Reason  string  `json:"errorMessage"`
}

// OK reports whether the code was accepted.
func (c Check) OK() bool { return c.Verdict == VerdictSuccess } // want OK:"codeswitch\\(predicate: true when receiver.Verdict is Success\\)"

// Client calls SurePassID.
type Client struct {
	HTTP  *http.Client
	Token string
}

// Verify checks a one-time password.
func (c *Client) Verify(ctx context.Context, user, otp string) (Check, error) {
	body, _ := json.Marshal(map[string]string{"requestType": "ValidateOTP", "login": user, "otp": otp, "token": c.Token})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx", bytes.NewReader(body))
	if err != nil {
		return Check{}, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return Check{}, err
	}
	defer resp.Body.Close()
	var chk Check
	err = json.NewDecoder(resp.Body).Decode(&chk)
	return chk, err
}
