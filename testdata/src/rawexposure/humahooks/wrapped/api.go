// Package wrapped decorates huma's constructor with a factory given the
// original: the decorator calls it with the errors, so a plain error's
// text is still sent, and the code it copies into its body is sent with
// every error.
package wrapped

import (
	"context"
	"strconv"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/humahooks/idp"
)

type ctor = func(int, string, ...error) huma.StatusError

type codedProblem struct {
	*huma.ErrorModel
	Upstream string `json:"upstream,omitempty"`
}

func withUpstream(next ctor) ctor {
	return func(status int, msg string, errs ...error) huma.StatusError {
		se := next(status, msg, errs...)
		em, ok := se.(*huma.ErrorModel)
		if !ok {
			return se
		}
		body := &codedProblem{ErrorModel: em}
		for _, err := range errs {
			if f, ok := idp.AsFailure(err); ok {
				body.Upstream = "idp-" + strconv.Itoa(f.Code) // want `raw SurePassID return code \(from f.Code\) written to the huma error response \(the problem body`
			}
		}
		return body
	}
}

// Install decorates huma's constructor.
func Install() {
	huma.NewError = withUpstream(huma.NewError)
}

type In struct {
	Token string `header:"X-Session"`
}

type Out struct{}

// Register registers the route.
func Register(api huma.API, c *idp.Client) {
	huma.Delete(api, "/session", func(ctx context.Context, in *In) (*Out, error) {
		if err := c.ExpireSession(ctx, in.Token); err != nil {
			return nil, err // want `raw SurePassID errorMessage \(from idp.ExpireSession\) returned from a huma handler`
		}
		return &Out{}, nil
	})
}
