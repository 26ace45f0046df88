// Package spclient is a small SurePassID client: add_oath_device and
// validate_oath_otp, answers decoded into one envelope.
package spclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Answer is SurePassID's reply.
type Answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	QRCodeURL    string `json:"QRCodeURL,omitempty"`
}

// Client calls the SurePassID REST endpoint.
type Client struct {
	URL  string
	HTTP *http.Client
}

// Do posts one operation.
func (c *Client) Do(ctx context.Context, req map[string]string) (*Answer, error) {
	body, _ := json.Marshal(req)
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"/AuthServer/REST/U2F/U2FServer.aspx", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(hr)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var a Answer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return nil, err
	}
	return &a, nil
}

// Enroll adds a soft token; a refusal is an error carrying the server's text.
func (c *Client) Enroll(ctx context.Context, user, psn string) (*Answer, error) { // want Enroll:"result 1 raw errorMessage"
	a, err := c.Do(ctx, map[string]string{"type": "add_oath_device", "username": user, "psn": psn})
	if err != nil {
		return nil, err
	}
	if a.ErrorCode != 0 {
		return a, fmt.Errorf("surepass: %s", a.ErrorMessage)
	}
	return a, nil
}
