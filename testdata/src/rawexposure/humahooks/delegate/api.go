// Package delegate replaces huma.NewError with a constructor that keeps
// huma's own problem (the saved original, given the errors) and adds the
// identity server's code: a plain error a handler returns is still sent
// with its text in errors[].message, and the code copied into the
// problem is sent with every error.
package delegate

import (
	"context"
	"log/slog"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/humahooks/idp"
)

type apiError struct {
	huma.ErrorModel
	IdpCode int    `json:"idpCode,omitempty"`
	Trace   string `json:"trace,omitempty"`
}

func init() {
	previous := huma.NewError
	huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
		out := &apiError{}
		if em, ok := previous(status, msg, errs...).(*huma.ErrorModel); ok {
			out.ErrorModel = *em
		}
		for _, e := range errs {
			if f, ok := idp.AsFailure(e); ok {
				slog.Warn("idp failure", "code", f.Code, "text", f.Text)
				out.IdpCode = f.Code // want `raw SurePassID return code \(from f.Code\) written to the huma error response \(the problem body`
			}
		}
		out.Trace = "see logs"
		return out
	}
}

type SessionIn struct {
	Token string `header:"X-Session"`
}

type Empty struct{}

// Register registers the sign-out route.
func Register(api huma.API, c *idp.Client) {
	huma.Post(api, "/logout", func(ctx context.Context, in *SessionIn) (*Empty, error) {
		if err := c.ExpireSession(ctx, in.Token); err != nil {
			return nil, err // want `raw SurePassID errorMessage \(from idp.ExpireSession\) returned from a huma handler`
		}
		return &Empty{}, nil
	})
}
