// Package othervendor is the SMS vendor's client: its answer has a code
// and a message too, and nothing to do with SurePassID.
package othervendor

import (
	"context"
	"encoding/json"
	"net/http"
)

// Check is the vendor's answer, generated pointers and all.
type Check struct {
	ErrorCode    *int64  `json:"errorCode"`
	ErrorMessage *string `json:"errorMessage"`
}

// Client calls the vendor.
type Client struct{ HTTP *http.Client }

// Send sends an SMS code.
func (c *Client) Send(ctx context.Context, phone string) (*Check, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.smsvendor.example/v1/send?to="+phone, nil)
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out Check
	return &out, json.NewDecoder(res.Body).Decode(&out)
}
