package fuegoapi

import (
	"github.com/go-fuego/fuego"
)

// lookup maps SurePassID's answer to one of fuego's error types: each
// serializes its Title and Detail, never its Err.
func lookup(c fuego.ContextNoBody) (*Outcome, error) {
	res, err := rc.Validate(c.Context(), c.QueryParam("user"), c.QueryParam("otp"))
	if err != nil {
		return nil, fuego.InternalServerError{Detail: "sign-in is unavailable", Err: err}
	}
	if res.OK() {
		return &Outcome{OK: true}, nil
	}
	msg := res.Reason()
	switch c.QueryParam("kind") {
	case "http":
		return nil, fuego.HTTPError{Status: 401, Title: msg} // want `raw SurePassID errorMessage .*fuego error response`
	case "items":
		return nil, fuego.HTTPError{Status: 400, Errors: []fuego.ErrorItem{{Name: "otp", Reason: msg}}} // want `raw SurePassID errorMessage .*fuego error response`
	case "bad":
		return nil, fuego.BadRequestError{Title: "bad request", Detail: msg} // want `raw SurePassID errorMessage .*fuego error response`
	case "unauthorized":
		return nil, fuego.UnauthorizedError{Title: msg} // want `raw SurePassID errorMessage .*fuego error response`
	case "forbidden":
		return nil, fuego.ForbiddenError{Detail: msg} // want `raw SurePassID errorMessage .*fuego error response`
	case "notfound":
		return nil, fuego.NotFoundError{Title: msg} // want `raw SurePassID errorMessage .*fuego error response`
	case "conflict":
		return nil, fuego.ConflictError{Detail: msg} // want `raw SurePassID errorMessage .*fuego error response`
	case "notacceptable":
		return nil, fuego.NotAcceptableError{Title: msg} // want `raw SurePassID errorMessage .*fuego error response`
	default:
		return nil, fuego.InternalServerError{Detail: msg} // want `raw SurePassID errorMessage .*fuego error response`
	}
}

// keep registers lookup.
func keep(s *fuego.Server) { fuego.Get(s, "/lookup", lookup) }
