package grpcapi

import (
	"context"
	"fmt"

	"rawexposure/identity/auth"
	"rawexposure/identity/authpb"
)

// legacyServer opts out of forward compatibility: it embeds
// UnsafeAuthServer, not UnimplementedAuthServer.
type legacyServer struct {
	authpb.UnsafeAuthServer
	auth *auth.Service
}

func (s *legacyServer) Login(ctx context.Context, req *authpb.LoginRequest) (*authpb.LoginResponse, error) { // want Login:`rawexposure\(result 1 raw errorMessage from spclient.do\)`
	if _, err := s.auth.Login(ctx, req.User, req.Otp); err != nil {
		return nil, fmt.Errorf("legacy login: %w", err) // want `raw SurePassID errorMessage \(from spclient.do\) returned from a gRPC method`
	}
	return &authpb.LoginResponse{}, nil
}

func (s *legacyServer) Enroll(ctx context.Context, req *authpb.EnrollRequest) (*authpb.EnrollResponse, error) {
	return nil, fmt.Errorf("enroll is not offered on the legacy endpoint")
}
