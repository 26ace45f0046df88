// Package surepass is the help desk's own SurePassID client.
package surepass

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

type response struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Err is a refused check. Msg is safe to show: Check only ever puts its own
// text there.
type Err struct {
	Code int
	Msg  string
}

func (e *Err) Error() string { return e.Msg }

// Client calls SurePassID.
type Client struct {
	HTTP     *http.Client
	Endpoint string
}

// Check validates a one-time password.
func (c *Client) Check(ctx context.Context, user, otp string) error {
	body := `{"spAccountLoginName":"` + user + `","otp":"` + otp + `"}`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint, strings.NewReader(body))
	if err != nil {
		return err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var r response
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return err
	}
	if r.ErrorCode != 0 {
		return &Err{Code: r.ErrorCode, Msg: "The code was not accepted."}
	}
	return nil
}
