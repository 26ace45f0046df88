// Package otpclient calls SurePassID's REST endpoint and keeps each answer
// as a map of raw members, read by key with small methods of its own.
package otpclient

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

// Endpoint is the SurePassID server.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// The codes the portal handles, as the server writes them.
const (
	CodeOK          = "0"
	CodeOTPReplayed = "9002"
	CodeOTPInvalid  = "9003"
	CodeLockedOut   = "9015"
)

// reply is an undecoded answer.
type reply map[string]json.RawMessage

func (r reply) status() string { return strings.Trim(string(r["errorCode"]), `"`) }

// text reads a string member.
func (r reply) text(key string) string {
	var s string
	if err := json.Unmarshal(r[key], &s); err != nil {
		return ""
	}
	return s
}

// Client is the portal's SurePassID client.
type Client struct {
	HTTP *http.Client
}

func (c *Client) post(ctx context.Context, op string, fields map[string]string) (reply, error) {
	body := map[string]string{"type": op}
	for k, v := range fields {
		body[k] = v
	}
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, Endpoint, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var r reply
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return nil, err
	}
	return r, nil
}

// CheckOTP returns the code, the server's message and a transport error.
func (c *Client) CheckOTP(ctx context.Context, user, otp string) (code, message string, err error) { // want CheckOTP:"result 0 raw return code from otpclient.status; result 1 raw errorMessage from otpclient.CheckOTP"
	r, err := c.post(ctx, "validate_oath_otp", map[string]string{"username": user, "otp": otp})
	if err != nil {
		return "", "", err
	}
	return r.status(), r.text("errorMessage"), nil
}
