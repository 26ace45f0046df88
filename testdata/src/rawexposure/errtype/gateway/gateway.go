// Package gateway is a SurePassID client that returns the decoded answer
// beside the error: the raw message only beside a non-nil answer, a
// transport failure beside nil.
package gateway

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Answer is SurePassID's reply.
type Answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Refusal is a failure reported by the server.
type Refusal struct {
	Code int
	Text string // want Text:"raw errorMessage"
}

func (r *Refusal) Error() string { return r.Text } // want Error:"result 0 raw errorMessage"

// Gateway calls the server.
type Gateway struct{ HTTP *http.Client }

func (g *Gateway) post(ctx context.Context, out *Answer) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, nil)
	if err != nil {
		return err
	}
	res, err := g.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("gateway: %w", err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(out); err != nil {
		return errors.New("gateway: bad answer")
	}
	return nil
}

// Check returns the answer and, beside it, a Refusal with the raw text.
func (g *Gateway) Check(ctx context.Context) (*Answer, error) { // want Check:"result 1 raw errorMessage from gateway.Check; result 1 beside nil: nothing"
	var a Answer
	if err := g.post(ctx, &a); err != nil {
		return nil, err
	}
	if a.ErrorCode != 0 {
		return &a, &Refusal{Code: a.ErrorCode, Text: a.ErrorMessage}
	}
	return &a, nil
}

// Lookup folds the raw text into an error beside a nil answer.
func (g *Gateway) Lookup(ctx context.Context) (*Answer, error) { // want Lookup:"result 1 raw errorMessage from gateway.Lookup"
	a := new(Answer)
	if err := g.post(ctx, a); err != nil {
		return nil, err
	}
	if a.ErrorCode != 0 {
		return nil, fmt.Errorf("lookup: %s", a.ErrorMessage)
	}
	return a, nil
}
