// Package roomkey is a hotel's SurePassID client. Its callers never see a
// return code: each answer carries a Verdict, the hotel's own enum, filled
// from the code by verdictByCode.
package roomkey

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

// DefaultURL is the SurePassID endpoint the hotel uses.
const DefaultURL = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Verdict is what the hotel calls a SurePassID answer.
type Verdict uint8

const (
	Granted Verdict = iota
	WrongPasscode
	PasscodeReplayed
	PasscodeStale
	Frozen
	Deactivated
	Tampered
	Other
)

var verdictByCode = map[int]Verdict{
	0:    Granted,
	9003: WrongPasscode,
	9030: WrongPasscode,
	9002: PasscodeReplayed,
	9043: PasscodeStale,
	9015: Frozen,
	9096: Frozen,
	9007: Deactivated,
	9051: Tampered,
}

func verdictOf(code int) Verdict {
	if v, ok := verdictByCode[code]; ok {
		return v
	}
	return Other
}

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Answer is the outcome of a passcode check.
type Answer struct {
	Verdict Verdict
}

// Client calls the SurePassID server.
type Client struct {
	HTTP    *http.Client
	BaseURL string
}

// CheckPasscode validates a guest's one-time passcode.
func (c *Client) CheckPasscode(ctx context.Context, guest, passcode string) (Answer, error) {
	form := url.Values{"userName": {guest}, "otp": {passcode}}
	resp, err := c.HTTP.PostForm(c.BaseURL, form)
	if err != nil {
		return Answer{}, err
	}
	defer resp.Body.Close()
	var rep reply
	if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil {
		return Answer{}, err
	}
	return Answer{Verdict: verdictOf(rep.ErrorCode)}, nil
}
