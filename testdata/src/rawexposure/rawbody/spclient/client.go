// Package spclient is a hand-written SurePassID client that keeps the raw
// answer in its error for callers that want the details.
package spclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// APIError is a failed call: its text is fixed, Raw keeps the answer.
type APIError struct {
	Status int
	Raw    string // want Raw:`rawexposure\(raw errorMessage from spclient.APIError.Raw\)`
}

func (e *APIError) Error() string { // want Error:`rawexposure\(reads fields Status\)`
	return fmt.Sprintf("surepass: upstream status %d", e.Status)
}

// RawError keeps the answer's bytes for its accessor.
type RawError struct {
	op   string
	body []byte
}

func (e *RawError) Error() string { return "surepass: " + e.op + " failed" } // want Error:`rawexposure\(reads fields op\)`

// Payload is the answer as SurePassID sent it.
func (e *RawError) Payload() []byte { return e.body } // want Payload:`rawexposure\(result 0 raw errorMessage from spclient.RawError.body\)`

type request struct {
	Type      string `json:"type"`
	Username  string `json:"username"`
	OTP       string `json:"otp,omitempty"`
	LoginName string `json:"spAccountLoginName"`
	LoginKey  string `json:"spAccountLoginKey"`
}

type reply struct {
	Type         string `json:"type"`
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls the SurePassID server.
type Client struct {
	HTTP      *http.Client
	LoginName string
	LoginKey  string
}

func (c *Client) post(ctx context.Context, r request) (*http.Response, error) {
	r.LoginName, r.LoginKey = c.LoginName, c.LoginKey
	payload, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return c.HTTP.Do(req)
}

// ValidateOTP decodes the answer with json.Unmarshal.
func (c *Client) ValidateOTP(ctx context.Context, user, otp string) error { // want ValidateOTP:`rawexposure\(result 0 raw errorMessage from spclient.ValidateOTP \(not in its text\)\)`
	resp, err := c.post(ctx, request{Type: "validate_oath_otp", Username: user, OTP: otp})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var out reply
	if err := json.Unmarshal(body, &out); err != nil {
		return fmt.Errorf("surepass: decoding answer: %w", err)
	}
	if out.ErrorCode != 0 {
		log.Printf("surepass validate_oath_otp for %s: %s", user, body)
		return &APIError{Status: resp.StatusCode, Raw: string(body)}
	}
	return nil
}

// SendOTP decodes through a decoder over the bytes it kept.
func (c *Client) SendOTP(ctx context.Context, user, method string) error { // want SendOTP:`rawexposure\(result 0 raw errorMessage from spclient.SendOTP \(not in its text\)\)`
	resp, err := c.post(ctx, request{Type: "send_oath_otp", Username: user})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var out reply
	if err := json.NewDecoder(bytes.NewReader(raw)).Decode(&out); err != nil {
		return err
	}
	if out.ErrorCode != 0 {
		return &RawError{op: "send_oath_otp", body: raw}
	}
	return nil
}

// decodeInto is the client's own decoder.
func decodeInto(data []byte, v any) error {
	if len(data) == 0 {
		return fmt.Errorf("surepass: empty answer")
	}
	return json.Unmarshal(data, v)
}

// FindUser reads the answer as a map, through the client's decoder.
func (c *Client) FindUser(ctx context.Context, user string) (string, error) { // want FindUser:`rawexposure\(result 0 raw errorMessage from spclient.FindUser; result 1 raw errorMessage from spclient.FindUser\)`
	resp, err := c.post(ctx, request{Type: "find_user", Username: user})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	text := string(data)
	var m map[string]any
	if err := decodeInto(data, &m); err != nil {
		return "", err
	}
	if code, _ := m["errorCode"].(float64); code != 0 {
		return text, fmt.Errorf("surepass: find_user: %s", text)
	}
	return "found", nil
}

// AddUser reads the answer as text, through a decoder kept in a local.
func (c *Client) AddUser(ctx context.Context, user string) error { // want AddUser:`rawexposure\(result 0 raw errorMessage from spclient.AddUser\)`
	resp, err := c.post(ctx, request{Type: "add_user", Username: user})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	text := strings.TrimSpace(string(b))
	dec := json.NewDecoder(strings.NewReader(text))
	var out reply
	if err := dec.Decode(&out); err != nil {
		return fmt.Errorf("surepass: add_user: %w", err)
	}
	if out.ErrorCode != 0 {
		return fmt.Errorf("surepass: add_user: %s", text)
	}
	return nil
}

// Status answers only what the decoded fields say, and how big the
// answer was.
func (c *Client) Status(ctx context.Context, user string) (string, error) {
	resp, err := c.post(ctx, request{Type: "find_user", Username: user})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var out reply
	if err := json.Unmarshal(body, &out); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s (%d bytes)", out.Type, len(body)), nil
}
