// Package gateway is the team's client for an in-house gateway in front of
// SurePassID. Its names are its own (Status, Outcome, Detail), so the
// recognition heuristics cannot know them: the directives say what they are.
package gateway

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Status is SurePassID's return code as the gateway forwards it.
//
//surepasslint:codetype
type Status int

const StatusOK Status = 0

// Reply is the gateway's answer.
type Reply struct {
	//surepasslint:codefield
	Outcome int    `json:"outcome"`
	Detail  string `json:"detail"` //surepasslint:messagefield
	TraceID string `json:"trace_id"`
}

type Client struct {
	HTTP *http.Client
	Base string
}

// Verify checks a one-time password; its error carries the raw detail.
func (c *Client) Verify(ctx context.Context, user, otp string) (*Reply, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/verify?user="+user+"&otp="+otp, nil)
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var reply Reply
	if err := json.NewDecoder(res.Body).Decode(&reply); err != nil {
		return nil, err
	}
	if Status(reply.Outcome) != StatusOK {
		return &reply, fmt.Errorf("gateway: %s", reply.Detail)
	}
	return &reply, nil
}
