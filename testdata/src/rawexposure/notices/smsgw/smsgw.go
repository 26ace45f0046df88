// Package smsgw texts customers through an SMS gateway's HTTP API.
package smsgw

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Client posts messages to the gateway.
type Client struct {
	URL, Key string
	HTTP     *http.Client
}

// Notify texts msisdn.
func (c *Client) Notify(ctx context.Context, msisdn, text string) error {
	body, _ := json.Marshal(map[string]string{"to": msisdn, "text": text, "key": c.Key})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"/v2/messages", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
