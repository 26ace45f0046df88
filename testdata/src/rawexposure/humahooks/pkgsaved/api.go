// Package pkgsaved keeps huma's constructor in a package variable and
// replaces NewErrorWithContext with a function of its own that calls it
// with the errors: a plain error's text is still sent. A literal of the
// body type built there with the identity server's code is reported too.
package pkgsaved

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/humahooks/idp"
)

var humaDefault = huma.NewError

type envelope struct {
	Problem huma.StatusError `json:"problem"`
	Vendor  int              `json:"vendor,omitempty"`
}

func (e *envelope) Error() string  { return e.Problem.Error() }
func (e *envelope) GetStatus() int { return e.Problem.GetStatus() }

func withContext(_ huma.Context, status int, msg string, errs ...error) huma.StatusError {
	for _, err := range errs {
		if f, ok := idp.AsFailure(err); ok {
			return &envelope{Problem: humaDefault(status, msg, errs...), Vendor: f.Code} // want `raw SurePassID return code \(from f.Code\) written to the huma error response \(the problem body`
		}
	}
	return &envelope{Problem: humaDefault(status, msg, errs...)}
}

// Install replaces huma's constructor.
func Install() {
	huma.NewErrorWithContext = withContext
}

type In struct {
	Token string `header:"X-Session"`
}

type Out struct{}

// Register registers the route.
func Register(api huma.API, c *idp.Client) {
	huma.Delete(api, "/session", func(ctx context.Context, in *In) (*Out, error) {
		err := c.ExpireSession(ctx, in.Token)
		if f, ok := idp.AsFailure(err); ok && f.Code == 9106 {
			return nil, humaDefault(http.StatusConflict, f.Text) // want `raw SurePassID errorMessage \(from idp.Failure.Text\) written to the huma error response \(its detail`
		}
		if err != nil {
			return nil, err // want `raw SurePassID errorMessage \(from idp.ExpireSession\) returned from a huma handler`
		}
		return &Out{}, nil
	})
}
