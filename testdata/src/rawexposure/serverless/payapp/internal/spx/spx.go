// Package spx: resty with SetError, a generic Result[T] that is the
// team's own (no JSON tags), and an SPStatus with a String method.
package spx

import (
	"context"
	"errors"
	"fmt"

	"github.com/go-resty/resty/v2"
)

type SPStatus int64

func (s SPStatus) String() string { return fmt.Sprintf("SP-%d", int64(s)) }

type wire struct {
	ErrorCode    int64  `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
	Type         string `json:"type"`
}

// Result is a call's outcome.
type Result[T any] struct {
	Value  T
	Status SPStatus // want Status:`rawexposure\(raw return code from spx.Result.Status\)`
	Msg    string   // want Msg:`rawexposure\(raw errorMessage from spx.Result.Msg\)`
	Err    error    // want Err:`rawexposure\(raw errorMessage from spx.Result.Err\)`
}

func (r Result[T]) OK() bool { return r.Err == nil && r.Status == 0 }

type Client struct{ rc *resty.Client }

func Do[T any](ctx context.Context, c *Client, op string) Result[T] { // want Do:`rawexposure\(result 0 raw errorMessage from spx.Do\)`
	var ok wire
	var bad wire
	resp, err := c.rc.R().SetContext(ctx).SetBody(map[string]string{"type": op}).SetResult(&ok).SetError(&bad).Post("/api")
	if err != nil {
		return Result[T]{Err: err}
	}
	if resp.IsError() {
		return Result[T]{Status: SPStatus(bad.ErrorCode), Msg: bad.ErrorMessage, Err: errors.New(bad.ErrorMessage)}
	}
	if ok.ErrorCode != 0 {
		return Result[T]{Status: SPStatus(ok.ErrorCode), Msg: ok.ErrorMessage, Err: fmt.Errorf("surepassid: %s", ok.ErrorMessage)}
	}
	var zero T
	return Result[T]{Value: zero}
}

func (c *Client) Refund(ctx context.Context, user string) Result[string] { // want Refund:`rawexposure\(result 0 raw errorMessage from spx.Do\)`
	return Do[string](ctx, c, "validate_user")
}

func (c *Client) Raw(ctx context.Context) (*wire, error) {
	out := &wire{}
	resp, err := c.rc.R().SetContext(ctx).SetResult(out).Post("/api")
	if err != nil {
		return nil, err
	}
	return resp.Result().(*wire), nil
}

func (c *Client) Status(ctx context.Context) (SPStatus, string) { // want Status:`rawexposure\(result 0 raw return code from spx.Status; result 1 raw errorMessage from spx.Status\)`
	w, err := c.Raw(ctx)
	if err != nil {
		return -1, ""
	}
	return SPStatus(w.ErrorCode), w.ErrorMessage
}
