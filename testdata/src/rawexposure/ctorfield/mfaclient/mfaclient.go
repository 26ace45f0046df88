// Package mfaclient wraps SurePassID's REST and WCF interfaces for the
// kiosk. Every answer becomes an Outcome built by one constructor.
package mfaclient

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
)

// Status is the SurePassID return code.
type Status int32

const (
	StatusSuccess        Status = 0
	StatusOTPAlreadyUsed Status = 9002
	StatusOTPInvalid     Status = 9003
	StatusDatabaseError  Status = 9010
)

// Outcome is the server's verdict on one operation.
type Outcome struct {
	Action string
	Status Status
	detail string
	hint   string
	note   string
}

func makeOutcome(action string, st Status, detail string) Outcome {
	return Outcome{Action: action, Status: st, detail: detail}
}

func (o *Outcome) setHint(h string) { o.hint = h }

// Option tunes an Outcome.
type Option func(*Outcome)

// WithNote keeps the server's note.
func WithNote(n string) Option { return func(o *Outcome) { o.note = n } }

// Rejected reports a failure.
func (o Outcome) Rejected() bool { return o.Status != StatusSuccess }

// Detail is the server's own text.
func (o Outcome) Detail() string { return o.detail } // want Detail:`result 0 raw errorMessage from mfaclient.Outcome.detail`

// Hint is the server's own text, set after the fact.
func (o *Outcome) Hint() string { return o.hint } // want Hint:`result 0 raw errorMessage from mfaclient.Outcome.hint`

// Note is the server's own text, given as an option.
func (o Outcome) Note() string { return o.note } // want Note:`result 0 raw errorMessage from mfaclient.Outcome.note`

type restReply struct {
	ErrorCode    Status `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

type wcfReply struct {
	XMLName  xml.Name `xml:"ValidateUserResult"`
	ErrCode  int32    `xml:"ErrorCode"`
	ErrorMsg string   `xml:"ErrorMsg"`
}

// Client calls SurePassID.
type Client struct{ HTTP *http.Client }

// CheckOTP validates a one-time code over REST.
func (c *Client) CheckOTP(ctx context.Context, user, otp string) (Outcome, error) { // want CheckOTP:`result 0 raw errorMessage from mfaclient.CheckOTP`
	resp, err := c.HTTP.Get("https://sandbox.surepassid.com/AuthServer/REST/OTP/OTPService.svc/validate_otp")
	if err != nil {
		return Outcome{}, err
	}
	defer resp.Body.Close()
	var r restReply
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return Outcome{}, err
	}
	return makeOutcome("validate_otp", r.ErrorCode, r.ErrorMessage), nil
}

// CheckPassword validates a password over the WCF interface.
func (c *Client) CheckPassword(ctx context.Context, user, pw string) (*Outcome, error) { // want CheckPassword:`result 0 raw return code from mfaclient.makeOutcome`
	resp, err := c.HTTP.Get("https://sandbox.surepassid.com/AuthServer/WCF/SurePassService.svc")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r wcfReply
	if err := xml.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	out := makeOutcome("validate_user", Status(r.ErrCode), "")
	out.setHint(r.ErrorMsg)
	return &out, nil
}

// FindUser reads the loosely typed find_user answer.
func (c *Client) FindUser(ctx context.Context, user string) (Outcome, error) { // want FindUser:`result 0 raw return code from mfaclient.makeOutcome`
	resp, err := c.HTTP.Get("https://sandbox.surepassid.com/AuthServer/REST/OTP/OTPService.svc/find_user")
	if err != nil {
		return Outcome{}, err
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		return Outcome{}, err
	}
	code, _ := m["errorCode"].(float64)
	text, _ := m["errorMessage"].(string)
	out := makeOutcome("find_user", Status(code), "")
	for _, opt := range []Option{WithNote(text)} {
		opt(&out)
	}
	return out, nil
}

// Verify only says yes or no, with the server's reason.
func (c *Client) Verify(ctx context.Context, user, otp string) error { // want Verify:`result 0 raw errorMessage from mfaclient.Outcome.detail`
	out, err := c.CheckOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if out.Rejected() {
		return fmt.Errorf("mfa: %s", out.Detail())
	}
	return nil
}

// Ping builds outcomes from fixed texts only: its accessor stays quiet.
func Ping() Pong { return makePong("ping", "pong") }

// Pong is a health answer.
type Pong struct {
	name string
	text string
}

func makePong(name, text string) Pong { return Pong{name: name, text: text} }

// Text is our own text.
func (p Pong) Text() string { return p.text }
