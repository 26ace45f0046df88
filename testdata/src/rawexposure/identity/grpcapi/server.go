// Package grpcapi serves identity.auth.v1.Auth over gRPC. grpc-go sends a
// returned error that is not a status error as codes.Unknown with
// err.Error() as the message.
package grpcapi

import (
	"context"
	"fmt"

	"google.golang.org/grpc"

	"rawexposure/identity/auth"
	"rawexposure/identity/authpb"
	"rawexposure/identity/enroll"
)

type authServer struct {
	authpb.UnimplementedAuthServer
	auth   *auth.Service
	enroll *enroll.Service
}

// Register adds the services to s.
func Register(s *grpc.Server, a *auth.Service, e *enroll.Service) {
	authpb.RegisterAuthServer(s, &authServer{auth: a, enroll: e})
	authpb.RegisterAuditServer(s, auditServer{auth: a})
}

func (s *authServer) Login(ctx context.Context, req *authpb.LoginRequest) (*authpb.LoginResponse, error) { // want Login:`rawexposure\(result 1 raw errorMessage from spclient.do\)`
	sess, err := s.auth.Login(ctx, req.GetUser(), req.GetOtp())
	if err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spclient.do\) returned from a gRPC method`
	}
	return &authpb.LoginResponse{Session: sess.User}, nil
}

func (s *authServer) Enroll(ctx context.Context, req *authpb.EnrollRequest) (*authpb.EnrollResponse, error) { // want Enroll:`rawexposure\(result 1 raw errorMessage from spclient.do\)`
	if err := s.enroll.Enroll(ctx, req.User, req.Otp, req.Serial); err != nil {
		return nil, fmt.Errorf("enroll %s: %w", req.Serial, err) // want `raw SurePassID errorMessage \(from spclient.do\) returned from a gRPC method`
	}
	return &authpb.EnrollResponse{}, nil
}

// login is a helper of the service, not one of its methods: its caller
// decides what the client sees.
func (s *authServer) login(ctx context.Context, req *authpb.LoginRequest) (*authpb.LoginResponse, error) {
	if _, err := s.auth.Login(ctx, req.User, req.Otp); err != nil {
		return nil, err
	}
	return &authpb.LoginResponse{}, nil
}

// auditServer implements a service generated without the Unimplemented
// embedding; it is registered above.
type auditServer struct {
	auth *auth.Service
}

func (a auditServer) Verify(ctx context.Context, req *authpb.LoginRequest) (*authpb.LoginResponse, error) { // want Verify:`rawexposure\(result 1 raw errorMessage from spclient.do\)`
	_, err := a.auth.Login(ctx, req.User, req.Otp)
	return &authpb.LoginResponse{}, err // want `raw SurePassID errorMessage \(from spclient.do\) returned from a gRPC method`
}
