package gatesvc

import (
	"context"
	"errors"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/rpc/grpcbody"
	"rawexposure/sentinels/spacct"
)

// session serves the gRPC session service: grpc-go sends a returned
// plain error's text as the Unknown status's message.
type session struct {
	grpcbody.UnimplementedSessionServer
	acct *spacct.Client
}

// Start returns the sentinels as they are, past an early exit.
func (s *session) Start(ctx context.Context, req *grpcbody.StartRequest) (*grpcbody.StartReply, error) {
	err := s.acct.Login(ctx, req.User, req.Otp)
	if err == nil {
		return &grpcbody.StartReply{Ok: true}, nil
	}
	if !errors.Is(err, spacct.ErrLocked) && !errors.Is(err, spacct.ErrExpired) {
		return nil, status.Error(codes.Unauthenticated, "sign-in failed")
	}
	return nil, err
}

// Refresh returns every error.
func (s *session) Refresh(ctx context.Context, req *grpcbody.StartRequest) (*grpcbody.StartReply, error) { // want Refresh:"raw errorMessage"
	if err := s.acct.Login(ctx, req.User, req.Otp); err != nil {
		if errors.Is(err, spacct.ErrLocked) {
			return nil, status.Error(codes.PermissionDenied, err.Error())
		}
		return nil, err // want `raw SurePassID errorMessage \(from spacct.Login\) returned from a gRPC method`
	}
	return &grpcbody.StartReply{Ok: true}, nil
}
