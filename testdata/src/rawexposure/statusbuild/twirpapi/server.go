// Package twirpapi implements the twirp Auth service; its helpers build
// twirp errors from the refusal they are given.
package twirpapi

import (
	"context"
	"net/http"
	"strconv"

	"github.com/twitchtv/twirp"

	"rawexposure/rpc/twirpsvc/authpb"
	"rawexposure/statusbuild/otpcore"
)

// refusal sends the vendor's text, and its code as meta.
func refusal(r *otpcore.Refusal) twirp.Error {
	return twirp.NewError(twirp.PermissionDenied, r.Reason).WithMeta("vendor_code", strconv.Itoa(r.Code))
}

// denied names the operation only, which is ours.
func denied(r *otpcore.Refusal) twirp.Error {
	return twirp.NewError(twirp.PermissionDenied, "verification refused").WithMeta("op", r.Op)
}

// Server implements authpb.Auth.
type Server struct {
	OTP *otpcore.Client
}

// Login returns the helper's error.
func (s *Server) Login(ctx context.Context, req *authpb.LoginRequest) (*authpb.LoginResponse, error) { // want Login:"result 1 raw errorMessage from otpcore.Refusal.Reason"
	err := s.OTP.Verify(ctx, req.User, req.Otp)
	if r, ok := otpcore.AsRefusal(err); ok {
		return nil, refusal(r) // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) returned from a twirp method`
	}
	if err != nil {
		return nil, twirp.NewError(twirp.Unavailable, "verification unavailable")
	}
	return &authpb.LoginResponse{Ok: true}, nil
}

// Reset returns the quiet helper's error.
func (s *Server) Reset(ctx context.Context, req *authpb.LoginRequest) (*authpb.LoginResponse, error) {
	err := s.OTP.Verify(ctx, req.User, req.Otp)
	if r, ok := otpcore.AsRefusal(err); ok {
		return nil, denied(r)
	}
	if err != nil {
		return nil, twirp.NewError(twirp.Unavailable, "verification unavailable")
	}
	return &authpb.LoginResponse{Ok: true}, nil
}

// Mount serves the service.
func Mount(mux *http.ServeMux, s *Server) {
	mux.Handle("/twirp/", authpb.NewAuthServer(s))
}
