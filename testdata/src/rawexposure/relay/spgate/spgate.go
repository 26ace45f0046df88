// Package spgate is the utility portal's SurePassID client: one envelope
// for every answer, a refusal returned as an answer, not an error.
package spgate

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Answer is SurePassID's reply to any operation.
type Answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Type         string `json:"type"`
}

// OK reports whether the operation succeeded.
func (a *Answer) OK() bool { return a.ErrorCode == 0 }

// Gate posts operations to the authentication server.
type Gate struct {
	Base string
	HTTP *http.Client
}

// Call posts one operation and decodes the answer.
func (g *Gate) Call(ctx context.Context, op map[string]string) (*Answer, error) {
	payload, err := json.Marshal(op)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.Base+"/AuthServer/REST/U2F/U2FServer.aspx", bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	resp, err := g.HTTP.Do(req)
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
