// Package api is the huma v2 API in front of the mfa client.
package api

import (
	"context"
	"errors"
	"log"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"rawexposure/loose/twostage/mfa"
)

type VerifyInput struct {
	Body struct {
		User string `json:"user"`
		Otp  string `json:"otp"`
	}
}

type VerifyOutput struct {
	Body struct {
		OK bool `json:"ok"`
	}
}

// detailer is how the handlers reach the client's error type without
// naming it.
type detailer interface{ Error() string }

type API struct {
	MFA *mfa.Client
}

// verify returns the client's error from the operation: huma sends its text.
func (a *API) verify(ctx context.Context, in *VerifyInput) (*VerifyOutput, error) {
	if err := a.MFA.Verify(ctx, in.Body.User, in.Body.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage .*returned from a huma handler`
	}
	return &VerifyOutput{}, nil
}

// check builds huma errors from the decoded message.
func (a *API) check(ctx context.Context, in *VerifyInput) (*VerifyOutput, error) {
	code, msg, err := a.MFA.Check(ctx, in.Body.User, in.Body.Otp)
	if err != nil {
		return nil, huma.Error503ServiceUnavailable("authentication service unavailable")
	}
	if code != mfa.SP_SUCCESS {
		return nil, huma.Error400BadRequest(msg) // want `raw SurePassID errorMessage .*huma error response`
	}
	return &VerifyOutput{}, nil
}

// enroll puts the error's text in the problem's detail.
func (a *API) enroll(ctx context.Context, in *VerifyInput) (*VerifyOutput, error) {
	if err := a.MFA.Enroll(ctx, in.Body.User); err != nil {
		var d detailer
		if errors.As(err, &d) {
			return nil, huma.Error400BadRequest(d.Error()) // want `raw SurePassID errorMessage .*huma error response`
		}
		return nil, huma.Error502BadGateway("enrollment failed")
	}
	return &VerifyOutput{}, nil
}

// verifyQuiet is the fail-closed twin.
func (a *API) verifyQuiet(ctx context.Context, in *VerifyInput) (*VerifyOutput, error) {
	if err := a.MFA.Verify(ctx, in.Body.User, in.Body.Otp); err != nil {
		log.Printf("mfa: %v", err)
		return nil, huma.Error401Unauthorized("invalid code")
	}
	return &VerifyOutput{}, nil
}

func Register(api huma.API, a *API) {
	huma.Post(api, "/verify", a.verify)
	huma.Post(api, "/check", a.check)
	huma.Post(api, "/enroll", a.enroll)
	huma.Post(api, "/verify/quiet", a.verifyQuiet)
	_ = http.StatusOK
}
