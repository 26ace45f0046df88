// Package ownbody replaces huma.NewError with a body of its own that
// lists every error's text: a plain error a handler returns is sent.
package ownbody

import (
	"context"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/humahooks/idp"
)

type failure struct {
	Code    int      `json:"code"`
	Message string   `json:"message"`
	Causes  []string `json:"causes,omitempty"`
}

func (f *failure) Error() string  { return f.Message }
func (f *failure) GetStatus() int { return f.Code }

func newFailure(status int, msg string, errs ...error) huma.StatusError {
	f := &failure{Code: status, Message: msg}
	for _, err := range errs {
		f.Causes = append(f.Causes, err.Error())
	}
	return f
}

// Setup installs the body.
func Setup() {
	huma.NewError = newFailure
}

type In struct {
	Token string `header:"X-Session"`
}

type Out struct{}

// Register registers the route.
func Register(api huma.API, c *idp.Client) {
	huma.Delete(api, "/session", func(ctx context.Context, in *In) (*Out, error) {
		err := c.ExpireSession(ctx, in.Token)
		if err != nil {
			return nil, err // want `raw SurePassID errorMessage \(from idp.ExpireSession\) returned from a huma handler`
		}
		return &Out{}, nil
	})
}
