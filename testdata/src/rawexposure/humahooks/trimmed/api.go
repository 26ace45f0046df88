// Package trimmed replaces huma.NewError with a constructor that calls
// huma's original without the errors: only status and msg reach the body,
// so a plain error a handler returns is not sent.
package trimmed

import (
	"context"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/humahooks/idp"
)

type hooks struct {
	orig func(int, string, ...error) huma.StatusError
}

var h = hooks{orig: huma.NewError}

func init() {
	huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
		if status >= 500 {
			msg = "Internal error."
		}
		return h.orig(status, msg)
	}
}

type In struct {
	Token string `header:"X-Session"`
}

type Out struct{}

// Register registers the route.
func Register(api huma.API, c *idp.Client) {
	huma.Delete(api, "/session", func(ctx context.Context, in *In) (*Out, error) {
		if err := c.ExpireSession(ctx, in.Token); err != nil {
			return nil, err
		}
		return &Out{}, nil
	})
}
