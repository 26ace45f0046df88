// Package tokensvc is the self-service portal's SurePassID client.
package tokensvc

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Reply is SurePassID's answer to any operation.
type Reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client posts operations to the authentication server.
type Client struct {
	Base string
	HTTP *http.Client
}

// AssignToken gives a token serial to a user.
func (c *Client) AssignToken(ctx context.Context, user, serial string) (*Reply, error) {
	payload, err := json.Marshal(map[string]string{"userName": user, "tokenSerial": serial})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/AuthServer/REST/U2F/U2FServer.aspx", bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	resp, err := c.HTTP.Do(req)
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
