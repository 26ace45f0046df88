// Package humaapi relays SurePassID answers through huma v2.
package humaapi

import (
	"context"
	"log"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"

	"example.com/frameworks/spclient"
)

type verifyInput struct {
	Body struct {
		User string `json:"user"`
		OTP  string `json:"otp"`
	}
}

type verifyBody struct {
	OK      bool   `json:"ok"`
	Message string `json:"message,omitempty"`
}

type verifyOutput struct {
	AuthError string `header:"X-Auth-Error"`
	Body      verifyBody
}

// New registers the operations on mux.
func New(mux *http.ServeMux, sp *spclient.Client) huma.API {
	api := humago.New(mux, huma.DefaultConfig("Auth", "1.0.0"))

	// huma.ErrorXXX(msg, errs...) sends msg as "detail" and each error's
	// text as errors[].message; a plain returned error is sent as
	// NewError(500, "unexpected error occurred", err), its text included.
	huma.Register(api, huma.Operation{OperationID: "verify", Method: http.MethodPost, Path: "/otp"},
		func(ctx context.Context, in *verifyInput) (*verifyOutput, error) {
			if err := sp.Verify(ctx, in.Body.User, in.Body.OTP); err != nil {
				if in.Body.User == "" {
					return nil, err // want "raw SurePassID errorMessage"
				}
				return nil, huma.Error401Unauthorized("sign-in failed", err) // want "raw SurePassID errorMessage"
			}
			out := &verifyOutput{}
			out.Body.OK = true
			return out, nil
		})

	huma.Register(api, huma.Operation{OperationID: "verify-raw", Method: http.MethodPost, Path: "/otp/raw"},
		func(ctx context.Context, in *verifyInput) (*verifyOutput, error) {
			resp, err := sp.ValidateOTP(ctx, in.Body.User, in.Body.OTP)
			if err != nil {
				log.Printf("surepass: %v", err)
				return nil, huma.Error502BadGateway("try again later")
			}
			if resp.ErrorCode != 0 {
				switch in.Body.User {
				case "":
					return nil, huma.Error401Unauthorized(resp.ErrorMessage) // want "raw SurePassID errorMessage"
				case "kiosk":
					return &verifyOutput{AuthError: resp.ErrorMessage}, nil // want "raw SurePassID errorMessage"
				}
				return &verifyOutput{Body: verifyBody{Message: resp.ErrorMessage}}, nil // want "raw SurePassID errorMessage"
			}
			return &verifyOutput{Body: verifyBody{OK: true}}, nil
		})

	huma.Register(api, huma.Operation{OperationID: "verify-safe", Method: http.MethodPost, Path: "/otp/safe"},
		func(ctx context.Context, in *verifyInput) (*verifyOutput, error) {
			if err := sp.Verify(ctx, in.Body.User, in.Body.OTP); err != nil {
				log.Printf("verify: %v", err)
				return nil, huma.Error401Unauthorized(spclient.SafeMessage)
			}
			out := &verifyOutput{}
			out.Body.OK = true
			return out, nil
		})
	return api
}
