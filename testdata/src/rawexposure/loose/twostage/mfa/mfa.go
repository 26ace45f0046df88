// Package mfa is the team's SurePassID client. It decodes every answer in
// two stages: the envelope into a map of raw members (numbers kept as
// json.Number), then the members it needs, into locals or straight into
// the fields of its own error type.
package mfa

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// The return codes the portal cares about.
const (
	SP_SUCCESS          = 0
	SP_LOGIN_FAILED     = 9001
	SP_OTP_ALREADY_USED = 9002
	SP_OTP_INVALID      = 9003
)

// spError is what a failed call returns: the code and the server's
// message, which Error returns as is.
type spError struct {
	Code   json.Number
	Detail string
}

func (e *spError) Error() string { return e.Detail } // want Error:"raw errorMessage"

// Result is a successful validation.
type Result struct {
	Code    string // want Code:"raw return code"
	Message string // want Message:"raw errorMessage"
}

type Client struct {
	HC    *http.Client
	URL   string
	Login string
	Key   string
}

func (c *Client) call(ctx context.Context, op string, fields map[string]string) (map[string]json.RawMessage, error) {
	body := map[string]string{"type": op, "spAccountLoginName": c.Login, "spAccountLoginKey": c.Key}
	for k, v := range fields {
		body[k] = v
	}
	raw, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	res, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var env map[string]json.RawMessage
	dec := json.NewDecoder(res.Body)
	dec.UseNumber()
	if err := dec.Decode(&env); err != nil {
		return nil, err
	}
	return env, nil
}

// Verify returns nil or the answer as an *spError.
func (c *Client) Verify(ctx context.Context, user, otp string) error { // want Verify:"result 0 raw errorMessage"
	env, err := c.call(ctx, "validate_oath_otp", map[string]string{"username": user, "otp": otp})
	if err != nil {
		return fmt.Errorf("mfa: %w", err)
	}
	se := &spError{}
	if err := json.Unmarshal(env["errorCode"], &se.Code); err != nil {
		return fmt.Errorf("mfa: bad errorCode: %w", err)
	}
	if se.Code == "0" {
		return nil
	}
	if raw, ok := env["errorMessage"]; ok {
		_ = json.Unmarshal(raw, &se.Detail)
	}
	return se
}

// Check returns the code and the message as the server sent them.
func (c *Client) Check(ctx context.Context, user, otp string) (int, string, error) { // want Check:"result 0 raw return code from mfa.Check; result 1 raw errorMessage"
	env, err := c.call(ctx, "validate_oath_otp", map[string]string{"username": user, "otp": otp})
	if err != nil {
		return 0, "", err
	}
	var code int
	var msg string
	if err := json.Unmarshal(env["errorCode"], &code); err != nil {
		return 0, "", err
	}
	if err := json.Unmarshal(env["errorMessage"], &msg); err != nil {
		return 0, "", err
	}
	return code, msg, nil
}

// Send reads the members by ranging over the envelope.
func (c *Client) Send(ctx context.Context, user string) error { // want Send:"result 0 raw errorMessage"
	env, err := c.call(ctx, "send_oath_otp", map[string]string{"username": user, "deliveryMethod": "sms"})
	if err != nil {
		return err
	}
	var code json.Number
	var msg string
	for k, v := range env {
		switch k {
		case "errorCode":
			_ = json.Unmarshal(v, &code)
		case "errorMessage":
			_ = json.Unmarshal(v, &msg)
		}
	}
	if code != "0" {
		return fmt.Errorf("send failed: %s", msg)
	}
	return nil
}

// member decodes one member of the envelope.
func member[T any](env map[string]json.RawMessage, key string) (T, error) {
	var v T
	err := json.Unmarshal(env[key], &v)
	return v, err
}

// Status decodes the members with the generic helper.
func (c *Client) Status(ctx context.Context, user string) (*Result, error) { // want Status:"result 0 raw errorMessage"
	env, err := c.call(ctx, "find_user", map[string]string{"username": user})
	if err != nil {
		return nil, err
	}
	code, _ := member[json.Number](env, "errorCode")
	msg, _ := member[string](env, "errorMessage")
	return &Result{Code: code.String(), Message: msg}, nil
}

// Enroll decodes the message with a decoder over the raw member.
func (c *Client) Enroll(ctx context.Context, user string) error { // want Enroll:"result 0 raw errorMessage"
	env, err := c.call(ctx, "add_user", map[string]string{"username": user})
	if err != nil {
		return err
	}
	var code int64
	if err := json.Unmarshal(env["errorCode"], &code); err != nil || code == SP_SUCCESS {
		return err
	}
	se := &spError{Code: json.Number(fmt.Sprint(code))}
	if err := json.NewDecoder(bytes.NewReader(env["errorMessage"])).Decode(&se.Detail); err != nil {
		return fmt.Errorf("mfa: enroll failed with %d", code)
	}
	return se
}

// Kind decodes the type member: no role.
func (c *Client) Kind(ctx context.Context, user string) (string, error) {
	env, err := c.call(ctx, "find_user", map[string]string{"username": user})
	if err != nil {
		return "", err
	}
	var kind string
	err = json.Unmarshal(env["type"], &kind)
	return kind, err
}

// Envelope keeps the members of an answer raw, for a second stage.
type Envelope struct {
	Type         string          `json:"type"`
	ErrorCode    json.RawMessage `json:"errorCode"`
	ErrorMessage json.RawMessage `json:"errorMessage"`
}

// Raw posts op and returns the answer undecoded.
func (c *Client) Raw(ctx context.Context, op, user string) (*Envelope, error) { // want Raw:"result 0 raw errorMessage"
	env, err := c.call(ctx, op, map[string]string{"username": user})
	if err != nil {
		return nil, err
	}
	return &Envelope{ErrorCode: env["errorCode"], ErrorMessage: env["errorMessage"]}, nil
}

// Unlock decodes the message out of the envelope's raw member.
func (c *Client) Unlock(ctx context.Context, user string) error { // want Unlock:"result 0 raw errorMessage"
	env, err := c.Raw(ctx, "update_user", user)
	if err != nil {
		return err
	}
	var code int
	var msg string
	_ = json.Unmarshal(env.ErrorCode, &code)
	_ = json.Unmarshal(env.ErrorMessage, &msg)
	if code != SP_SUCCESS {
		return fmt.Errorf("unlock %s: %s", user, msg)
	}
	return nil
}

// Lock decodes the members with decoders of its own, numbers kept as
// json.Number.
func (c *Client) Lock(ctx context.Context, user string) error { // want Lock:"result 0 raw errorMessage"
	env, err := c.call(ctx, "update_user", map[string]string{"username": user})
	if err != nil {
		return err
	}
	var code json.Number
	dec := json.NewDecoder(bytes.NewReader(env["errorCode"]))
	dec.UseNumber()
	if err := dec.Decode(&code); err != nil {
		return errors.New("mfa: lock: bad answer")
	}
	if code == "0" {
		return nil
	}
	var msg string
	md := json.NewDecoder(bytes.NewReader(env["errorMessage"]))
	if err := md.Decode(&msg); err != nil {
		return fmt.Errorf("mfa: lock failed (%s)", code)
	}
	return errors.New(msg)
}
