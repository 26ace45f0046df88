// Package tokensvc talks to SurePassID for the arcade's account service.
package tokensvc

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Reply is the authentication server's answer.
type Reply struct {
	Code int    `json:"errorCode"`
	Text string `json:"errorMessage"`
	PSN  string `json:"psn"`
}

// Client calls the REST endpoint.
type Client struct {
	Endpoint string
	HC       *http.Client
}

// AddSoftToken creates an authenticator-app token for the gamer.
func (c *Client) AddSoftToken(ctx context.Context, username string) (*Reply, error) {
	body, err := json.Marshal(map[string]string{"type": "add_oath_device", "username": username})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint+"/AuthServer/REST/U2F/U2FServer.aspx", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Reply
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}
