// Package helpdesk is the service desk's SurePassID client.
package helpdesk

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Result is SurePassID's answer to any operation.
type Result struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client posts operations to the authentication server.
type Client struct {
	Base string
	HTTP *http.Client
}

// ResetToken resynchronizes a user's hardware token.
func (c *Client) ResetToken(ctx context.Context, user string) (*Result, error) {
	body, err := json.Marshal(map[string]string{"userName": user})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/AuthServer/REST/U2F/U2FServer.aspx", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Result
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}
