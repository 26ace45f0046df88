// Package pushvendor is another vendor's push API, decoded the same way:
// its answers carry errorCode and errorMessage too.
package pushvendor

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

const (
	StatusSent    = "0"
	StatusBounced = "9003"
)

type reply map[string]json.RawMessage

func (r reply) status() string { return strings.Trim(string(r["errorCode"]), `"`) }

func (r reply) text(key string) string {
	var s string
	if err := json.Unmarshal(r[key], &s); err != nil {
		return ""
	}
	return s
}

type Client struct {
	HTTP *http.Client
	URL  string
}

// Push sends a notification and returns the vendor's status and message.
func (c *Client) Push(ctx context.Context, device, text string) (status, message string, err error) {
	buf, err := json.Marshal(map[string]string{"device": device, "text": text})
	if err != nil {
		return "", "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(buf))
	if err != nil {
		return "", "", err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return "", "", err
	}
	defer res.Body.Close()
	var r reply
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return "", "", err
	}
	return r.status(), r.text("errorMessage"), nil
}
