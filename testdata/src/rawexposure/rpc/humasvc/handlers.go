// Package humasvc is a huma v2 API backed by SurePassID. huma sends a
// plain error a handler returns as a 500 whose errors[0].message is the
// error's text (huma.NewErrorWithContext(ctx, 500, "unexpected error
// occurred", err)), so a raw error returned is reported.
package humasvc

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/rpc/spauth"
)

type LoginInput struct {
	Body struct {
		User string `json:"user"`
		Otp  string `json:"otp"`
	}
}

type LoginBody struct {
	Ok      bool   `json:"ok"`
	Message string `json:"message,omitempty"` // want Message:"raw errorMessage"
}

type LoginOutput struct {
	Body LoginBody // want Body:"raw errorMessage"
}

type API struct {
	SP *spauth.Client
}

// login returns the client's error as is.
func (a *API) login(ctx context.Context, in *LoginInput) (*LoginOutput, error) {
	if err := a.SP.Verify(ctx, in.Body.User, in.Body.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a huma handler`
	}
	return &LoginOutput{Body: LoginBody{Ok: true}}, nil
}

// verify builds huma errors and a body from the raw message.
func (a *API) verify(ctx context.Context, in *LoginInput) (*LoginOutput, error) {
	resp, err := a.SP.ValidateOTP(ctx, in.Body.User, in.Body.Otp)
	if err != nil {
		log.Printf("surepass: %v", err)
		return nil, huma.Error503ServiceUnavailable("authentication service unavailable")
	}
	if resp.ErrorCode == 0 {
		return &LoginOutput{Body: LoginBody{Ok: true}}, nil
	}
	switch in.Body.Otp {
	case "1":
		return nil, huma.Error401Unauthorized(resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case "2":
		return nil, huma.Error502BadGateway("upstream failed", errors.New(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*huma error response`
	case "3":
		return nil, huma.NewError(http.StatusUnauthorized, resp.ErrorMessage) // want `raw SurePassID errorMessage .*huma error response`
	case "4":
		return nil, huma.NewErrorWithContext(nil, http.StatusUnauthorized, "rejected", fmt.Errorf("surepass: %s", resp.ErrorMessage)) // want `raw SurePassID errorMessage .*huma error response`
	case "5":
		return &LoginOutput{Body: LoginBody{Message: resp.ErrorMessage}}, nil // want `raw SurePassID errorMessage .*returned from a huma handler as the response`
	}
	// Quiet: a constant detail, the status from the code, the raw message
	// logged.
	log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
	if len(in.Body.Otp) != 6 {
		return nil, huma.Error400BadRequest("invalid code")
	}
	return nil, huma.Error401Unauthorized("invalid code")
}

// check has a handler's signature but is never registered: quiet.
func (a *API) check(ctx context.Context, in *LoginInput) (*LoginOutput, error) {
	return nil, a.SP.Verify(ctx, in.Body.User, in.Body.Otp)
}

// Register registers the operations, one of them as a literal.
func Register(api huma.API, a *API) {
	huma.Register(api, huma.Operation{OperationID: "login", Method: http.MethodPost, Path: "/login"}, a.login)
	huma.Post(api, "/verify", a.verify)
	huma.Put(api, "/check", func(ctx context.Context, in *LoginInput) (*LoginOutput, error) {
		if _, err := a.check(ctx, in); err != nil {
			return nil, fmt.Errorf("check: %w", err) // want `raw SurePassID errorMessage .*returned from a huma handler`
		}
		return &LoginOutput{}, nil
	})
}
