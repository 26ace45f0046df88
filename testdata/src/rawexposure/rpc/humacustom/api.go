// Package humacustom replaces huma.NewError with a constructor that keeps
// the detail but drops the errors: a plain error a handler returns is sent
// as "unexpected error occurred" only, so returning the raw error is quiet;
// a detail built from the raw message is still sent.
package humacustom

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/rpc/spauth"
)

type problem struct {
	Status int    `json:"status"`
	Detail string `json:"detail"`
}

func (p *problem) Error() string  { return p.Detail }
func (p *problem) GetStatus() int { return p.Status }

func init() {
	huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
		return &problem{Status: status, Detail: msg}
	}
}

type In struct {
	User string `query:"user"`
}

type Out struct {
	Body struct {
		Ok bool `json:"ok"`
	}
}

// Register registers the handlers.
func Register(api huma.API, sp *spauth.Client) {
	huma.Get(api, "/verify", func(ctx context.Context, in *In) (*Out, error) {
		if err := sp.Verify(ctx, in.User, ""); err != nil {
			return nil, err
		}
		return &Out{}, nil
	})
	huma.Post(api, "/check", func(ctx context.Context, in *In) (*Out, error) {
		resp, err := sp.ValidateOTP(ctx, in.User, "")
		if err != nil || resp.ErrorCode == 0 {
			return &Out{}, nil
		}
		return nil, huma.NewError(http.StatusUnauthorized, resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	})
}
