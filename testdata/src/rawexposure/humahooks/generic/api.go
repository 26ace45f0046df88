// Package generic replaces huma.NewError with a constructor that logs the
// identity server's failure and answers with a fixed text: a plain error a
// handler returns is not sent, and nothing raw enters the body. The code
// of another vendor's failure, copied into the body, is not SurePassID's.
package generic

import (
	"context"
	"errors"
	"log"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/humahooks/idp"
)

// CarrierError is the shipping partner's failure.
type CarrierError struct {
	Code    int
	Message string
}

func (e *CarrierError) Error() string { return e.Message }

type problem struct {
	Status  int    `json:"status"`
	Title   string `json:"title"`
	Carrier int    `json:"carrier,omitempty"`
}

func (p *problem) Error() string  { return p.Title }
func (p *problem) GetStatus() int { return p.Status }

func init() {
	huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
		p := &problem{Status: status, Title: msg}
		for _, err := range errs {
			if f, ok := idp.AsFailure(err); ok {
				log.Printf("identity failure %d: %s", f.Code, f.Text)
				p.Title = "Something went wrong. Please try again."
			}
			var ce *CarrierError
			if errors.As(err, &ce) {
				p.Carrier = ce.Code
			}
		}
		return p
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
