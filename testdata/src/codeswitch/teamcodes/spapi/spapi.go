// Package spapi is the team's client of the token server: one POST per
// operation, decoded with jsoniter, the code kept as json.Number because
// older servers quote it.
package spapi

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"

	jsoniter "github.com/json-iterator/go"
)

var codec = jsoniter.ConfigCompatibleWithStandardLibrary

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Request is one operation.
type Request struct {
	Type     string `json:"type"`
	Username string `json:"username"`
	OTP      string `json:"otp,omitempty"`
	PSN      string `json:"psn,omitempty"`
}

// Response is every operation's answer.
type Response struct {
	Type    string      `json:"type"`
	Code    json.Number `json:"errorCode"`
	Message string      `json:"errorMessage"`
}

// LegacyResponse is the WCF bridge's answer, its code decoded by jsoniter
// as its own number type.
type LegacyResponse struct {
	ErrorCode jsoniter.Number `json:"ErrorCode"`
	ErrorMsg  string          `json:"ErrorMsg"`
}

// Legacy calls the WCF bridge.
func (c *Client) Legacy(ctx context.Context, op string, raw []byte) (*LegacyResponse, error) {
	var out LegacyResponse
	if err := codec.Unmarshal(raw, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Client calls the server.
type Client struct{ HTTP *http.Client }

// Do posts req and decodes the answer.
func (c *Client) Do(ctx context.Context, req Request) (*Response, error) {
	body, err := codec.Marshal(req)
	if err != nil {
		return nil, err
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(hr)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	var out Response
	if err := codec.Unmarshal(raw, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Outcomes names the codes for metrics and logs.
var Outcomes = map[int]string{ // want Outcomes:"codeswitch\\(table\\)"
	0:    "ok",
	9001: "bad_login",
	9002: "replayed",
	9003: "invalid",
	9015: "locked",
	9043: "expired",
}
