// Package detailadd replaces huma.NewErrorWithContext with a problem it
// builds itself, adding each error with ErrorModel.Add: their texts are
// sent, a plain error a handler returns included.
package detailadd

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/humahooks/idp"
)

func init() {
	huma.NewErrorWithContext = func(_ huma.Context, status int, msg string, errs ...error) huma.StatusError {
		m := &huma.ErrorModel{Status: status, Title: http.StatusText(status), Detail: msg, Type: "https://errors.example.com/" + strconvStatus(status)}
		for _, e := range errs {
			m.Add(e)
		}
		return m
	}
}

func strconvStatus(status int) string {
	if status >= 500 {
		return "server"
	}
	return "client"
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
