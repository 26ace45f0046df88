// Package idp is a small SurePassID client whose failures come back as
// *Failure, an error whose text is the server's own errorMessage.
package idp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Failure is a non-zero answer.
type Failure struct {
	Code int
	Text string // want Text:"raw errorMessage from idp.Failure.Text"
}

func (f *Failure) Error() string { return f.Text } // want Error:"result 0 raw errorMessage"

// AsFailure finds a *Failure in err's chain.
func AsFailure(err error) (*Failure, bool) { // want AsFailure:"result 0 raw errorMessage"
	var f *Failure
	ok := errors.As(err, &f)
	return f, ok
}

type answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls one SurePassID server.
type Client struct {
	Login, Key string
}

// ExpireSession revokes a session token.
func (c *Client) ExpireSession(ctx context.Context, token string) error { // want ExpireSession:"result 0 raw errorMessage from idp.ExpireSession"
	buf, _ := json.Marshal(map[string]string{"type": "expire_session_token", "sessionTokenId": token, "spAccountLoginName": c.Login, "spAccountLoginKey": c.Key})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var a answer
	if err := json.NewDecoder(res.Body).Decode(&a); err != nil {
		return err
	}
	if a.ErrorCode != 0 {
		return &Failure{Code: a.ErrorCode, Text: a.ErrorMessage}
	}
	return nil
}
