// Package faxvendor calls the fax gateway, whose answers look like
// SurePassID's but are not.
package faxvendor

import (
	"encoding/json"
	"net/http"
)

// Result is the gateway's verdict.
type Result struct {
	Op   string
	Code int
	msg  string
}

func newResult(op string, code int, msg string) Result {
	return Result{Op: op, Code: code, msg: msg}
}

// Reason is the gateway's text.
func (r Result) Reason() string { return r.msg }

type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Send posts a fax.
func Send(c *http.Client) (Result, error) {
	resp, err := c.Get("https://api.faxline.example/v1/send")
	if err != nil {
		return Result{}, err
	}
	defer resp.Body.Close()
	var r reply
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return Result{}, err
	}
	return newResult("send", r.ErrorCode, r.ErrorMessage), nil
}
