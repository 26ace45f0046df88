// Package fuegoapi is a fuego front end for SurePassID sign-in: fuego
// serializes what a handler returns, sends a returned error's text to
// text/html clients, and serializes the Title and Detail (never Err) of
// its HTTPError types.
package fuegoapi

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/go-fuego/fuego"

	"rawexposure/webfw/spauth"
	"rawexposure/webfw/spresult"
)

var (
	sp = &spauth.Client{}
	rc = &spresult.Client{}
)

// SignIn is the request body.
type SignIn struct {
	User string `json:"user"`
	OTP  string `json:"otp"`
}

// Outcome is the response body.
type Outcome struct {
	OK      bool   `json:"ok"`
	Message string `json:"message,omitempty"` // want Message:"raw errorMessage"
	Code    int    `json:"code,omitempty"`
	Trace   string `json:"-"` // want Trace:"raw errorMessage"
}

// Mount registers the routes.
func Mount(s *fuego.Server) {
	fuego.Post(s, "/signin", signIn)
	fuego.Post(s, "/verify", verify)
	fuego.Get(s, "/check", check)
	fuego.Post(s, "/problem", problem)
	fuego.Post(s, "/safe", safe)
	fuego.Post(s, "/inline", func(c fuego.ContextWithBody[SignIn]) (*Outcome, error) {
		in, err := c.Body()
		if err != nil {
			return nil, err
		}
		res, err := rc.Validate(c.Context(), in.User, in.OTP)
		if err != nil {
			return nil, fuego.InternalServerError{Title: "unavailable", Err: err}
		}
		return &Outcome{Message: res.Reason()}, nil // want `raw SurePassID errorMessage .*a fuego handler`
	})
}

// signIn returns SurePassID's message in the response body.
func signIn(c fuego.ContextWithBody[SignIn]) (*Outcome, error) {
	in, err := c.Body()
	if err != nil {
		return nil, fuego.BadRequestError{Title: "bad request", Err: err}
	}
	res, err := sp.ValidateOTP(c.Context(), in.User, in.OTP)
	if err != nil {
		return nil, fuego.HTTPError{Err: err, Status: 502, Detail: "sign-in is unavailable"}
	}
	if res.ErrorCode != 0 {
		out := &Outcome{Message: res.ErrorMessage}
		return out, nil // want `raw SurePassID errorMessage .*a fuego handler`
	}
	return &Outcome{OK: true}, nil
}

// verify returns the client's error, whose text carries the raw message.
func verify(c fuego.ContextWithBody[SignIn]) (*Outcome, error) {
	in, err := c.Body()
	if err != nil {
		return nil, err
	}
	if err := sp.Verify(c.Context(), in.User, in.OTP); err != nil {
		return nil, err // want `raw SurePassID errorMessage .*a fuego handler`
	}
	return &Outcome{OK: true}, nil
}

// check answers a GET with the code and the message through the error
// types fuego serializes.
func check(c fuego.ContextNoBody) (Outcome, error) {
	res, err := rc.Validate(c.Context(), c.QueryParam("user"), c.QueryParam("otp"))
	if err != nil {
		return Outcome{}, fuego.HTTPError{Err: err, Detail: "sign-in is unavailable"}
	}
	switch {
	case res.Code() == 9030:
		return Outcome{}, fuego.ForbiddenError{Title: "locked", Detail: res.Reason()} // want `raw SurePassID errorMessage .*fuego error response`
	case res.Code() == 9040:
		return Outcome{}, fuego.NotFoundError{Detail: "no such user: " + res.Reason()} // want `raw SurePassID errorMessage .*fuego error response`
	case res.Code() == 9002:
		return Outcome{}, fuego.ConflictError{Title: res.Reason()} // want `raw SurePassID errorMessage .*fuego error response`
	case !res.OK():
		return Outcome{}, fuego.UnauthorizedError{Detail: fmt.Sprintf("code %d", res.Code())} // want `raw SurePassID return code .*fuego error response`
	}
	c.SetHeader("X-Auth-Result", res.Reason())                         // want `raw SurePassID errorMessage .*fuego response header`
	c.SetCookie(http.Cookie{Name: "auth_result", Value: res.Reason()}) // want `raw SurePassID errorMessage .*fuego response cookie`
	return Outcome{OK: true}, nil
}

// problem builds the error first and returns it later.
func problem(c fuego.ContextWithBody[SignIn]) (any, error) {
	in, _ := c.Body()
	res, err := sp.ValidateOTP(c.Context(), in.User, in.OTP)
	if err != nil {
		return nil, err
	}
	if res.ErrorCode != 0 {
		e := fuego.BadRequestError{Title: "sign-in failed"}
		e.Detail = res.ErrorMessage // want `raw SurePassID errorMessage .*fuego error response`
		return nil, e
	}
	if in.User == "" {
		return c.Redirect(302, "/login?error="+res.ErrorMessage) // want `raw SurePassID errorMessage .*fuego redirect URL`
	}
	return nil, nil
}

// safe logs the raw answer and keeps it in the developer's Err only.
func safe(c fuego.ContextWithBody[SignIn]) (*Outcome, error) {
	in, err := c.Body()
	if err != nil {
		return nil, fuego.BadRequestError{Detail: "malformed body", Err: err}
	}
	res, err := sp.ValidateOTP(c.Context(), in.User, in.OTP)
	if err != nil {
		return nil, fuego.InternalServerError{Detail: "sign-in is unavailable"}
	}
	if res.ErrorCode != 0 {
		slog.Warn("surepass", "code", res.ErrorCode, "message", res.ErrorMessage)
		rawErr := errors.New(res.ErrorMessage)
		return nil, fuego.HTTPError{Err: rawErr, Status: 401, Detail: "sign-in failed"}
	}
	return &Outcome{OK: true, Trace: res.ErrorMessage}, nil
}
