// Package quotes is a market-data provider's client; its errors are
// written for end users.
package quotes

import (
	"context"
	"encoding/json"
	"net/http"
)

type answer struct {
	Status int32  `json:"status"`
	Text   string `json:"text"`
}

// Client calls the quotes API.
type Client struct{ url string }

// Last returns the provider's status and text for symbol.
func (c *Client) Last(ctx context.Context, symbol string) (int32, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.url+"/last/"+symbol, nil)
	if err != nil {
		return 0, "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	var a answer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return 0, "", err
	}
	return a.Status, a.Text, nil
}

// ProviderError is the provider's refusal, its text meant for users.
type ProviderError struct {
	Status int32
	Text   string
}

func (e *ProviderError) Error() string { return e.Text }
