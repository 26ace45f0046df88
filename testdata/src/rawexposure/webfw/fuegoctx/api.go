// Package fuegoctx is a fuego (v0.19) API whose controllers take the
// generic Context[B, P] (ContextWithBody, ContextNoBody and
// ContextWithParams are aliases of it) and call a service package.
package fuegoctx

import (
	"errors"
	"log/slog"
	"strconv"

	"github.com/go-fuego/fuego"

	"rawexposure/webfw/fuegoctx/stepup"
)

// Routes holds the controllers' dependencies.
type Routes struct{ svc *stepup.Service }

// Code is the request body.
type Code struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

// Query holds typed parameters.
type Query struct {
	User string `query:"user"`
}

// Answer is the response body.
type Answer struct {
	Passed bool   `json:"passed"`
	Vendor string `json:"vendor,omitempty"` // want Vendor:"raw return code"
}

// Register mounts the controllers as method values.
func Register(s *fuego.Server, r *Routes) {
	fuego.Post(s, "/stepup", r.confirm)
	fuego.Post(s, "/stepup/check", r.check)
	fuego.Get(s, "/stepup/probe", r.probe)
	fuego.Post(s, "/stepup/quiet", r.quiet)
}

// confirm returns the service's error, the client's raw message.
func (r *Routes) confirm(c fuego.Context[Code, any]) (*Answer, error) {
	in, err := c.Body()
	if err != nil {
		return nil, err
	}
	if err := r.svc.Confirm(c.Context(), in.User, in.OTP); err != nil {
		slog.Warn("step-up", "err", err)
		if errors.Is(err, stepup.ErrBusy) {
			return nil, fuego.HTTPError{Err: err, Status: 503, Detail: "try again"}
		}
		return nil, err // want `raw SurePassID errorMessage .*a fuego handler`
	}
	return &Answer{Passed: true}, nil
}

// check returns SurePassID's code through the service's result.
func (r *Routes) check(c fuego.ContextWithBody[Code]) (*Answer, error) {
	in, err := c.Body()
	if err != nil {
		return nil, err
	}
	res, err := r.svc.Check(c.Context(), in.User, in.OTP)
	if err != nil {
		return nil, fuego.InternalServerError{Detail: "step-up is unavailable", Err: err}
	}
	if !res.Passed {
		return &Answer{Vendor: strconv.Itoa(res.Answer.ErrorCode)}, nil // want `raw SurePassID return code .*a fuego handler`
	}
	return &Answer{Passed: true}, nil
}

// probe answers a GET with typed parameters.
func (r *Routes) probe(c fuego.ContextWithParams[Query]) (*Answer, error) {
	res, err := r.svc.Check(c.Context(), c.QueryParam("user"), c.QueryParam("otp"))
	if err != nil {
		return nil, err
	}
	if !res.Passed {
		c.SetHeader("X-Step-Up", res.Answer.ErrorMessage) // want `raw SurePassID errorMessage .*fuego response header`
		return &Answer{}, nil
	}
	return &Answer{Passed: true}, nil
}

// quiet keeps the raw answer in logs and fuego's Err.
func (r *Routes) quiet(c fuego.Context[Code, any]) (*Answer, error) {
	in, _ := c.Body()
	if err := r.svc.Confirm(c.Context(), in.User, in.OTP); err != nil {
		slog.Warn("step-up", "err", err)
		return nil, fuego.UnauthorizedError{Detail: "the code was not accepted", Err: err}
	}
	res, err := r.svc.Check(c.Context(), in.User, in.OTP)
	if err != nil {
		return nil, fuego.InternalServerError{Detail: "step-up is unavailable", Err: err}
	}
	slog.Info("step-up", "code", res.Answer.ErrorCode, "message", res.Answer.ErrorMessage)
	return &Answer{Passed: res.Passed}, nil
}
