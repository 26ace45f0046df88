// Package extauthz is an Envoy external authorization server asking
// SurePassID for step-up: a denial's body is what Envoy answers the
// client; an OK response's headers go to the upstream service.
package extauthz

import (
	"context"
	"log"

	corev3 "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"
	authv3 "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"

	"rawexposure/rpc/spauth"
)

// Server answers Envoy's checks.
type Server struct{ SP *spauth.Client }

func deny(status int32, body string) *authv3.CheckResponse {
	return &authv3.CheckResponse{
		Status: 7,
		HttpResponse: &authv3.CheckResponse_DeniedResponse{
			DeniedResponse: &authv3.DeniedHttpResponse{Status: status, Body: body},
		},
	}
}

func allow(user string) *authv3.CheckResponse {
	return &authv3.CheckResponse{
		HttpResponse: &authv3.CheckResponse_OkResponse{
			OkResponse: &authv3.OkHttpResponse{Headers: []*corev3.HeaderValueOption{{Header: &corev3.HeaderValue{Key: "x-user", Value: user}}}},
		},
	}
}

// Check validates the step-up OTP Envoy forwards.
func (s *Server) Check(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := s.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return deny(503, `{"error":"try again"}`), nil
	}
	if res.ErrorCode != 0 {
		log.Printf("step-up %s: %d %s", h["x-user"], res.ErrorCode, res.ErrorMessage)
		return deny(401, res.ErrorMessage), nil // want `raw SurePassID errorMessage .*Envoy ext_authz denial body`
	}
	return allow(h["x-user"]), nil
}

// CheckQuiet denies with fixed text and passes the raw message upstream
// only in the log.
func (s *Server) CheckQuiet(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := s.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil || res.ErrorCode != 0 {
		if res != nil {
			log.Printf("step-up: %s", res.ErrorMessage)
		}
		return &authv3.CheckResponse{HttpResponse: &authv3.CheckResponse_DeniedResponse{
			DeniedResponse: &authv3.DeniedHttpResponse{Status: 401, Body: `{"error":"not verified"}`},
		}}, nil
	}
	return allow(h["x-user"]), nil
}

// CheckInline builds the denial in place.
func (s *Server) CheckInline(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	h := req.Attributes.Headers
	res, err := s.SP.ValidateOTP(ctx, h["x-user"], h["x-otp"])
	if err != nil {
		return nil, err
	}
	if res.ErrorCode != 0 {
		denied := &authv3.DeniedHttpResponse{Status: 403}
		denied.Body = "step-up failed: " + res.ErrorMessage // want `raw SurePassID errorMessage .*Envoy ext_authz denial body`
		return &authv3.CheckResponse{HttpResponse: &authv3.CheckResponse_DeniedResponse{DeniedResponse: denied}}, nil
	}
	return allow(h["x-user"]), nil
}
