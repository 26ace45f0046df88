// Package grpcbody is a gRPC service whose reply messages carry the raw
// message: the reply a method returns is what the client gets.
package grpcbody

import (
	"context"
	"log"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/rpc/spauth"
)

type server struct {
	UnimplementedSessionServer
	sp *spauth.Client
}

// Start puts the raw message in the reply.
func (s *server) Start(ctx context.Context, req *StartRequest) (*StartReply, error) { // want Start:"raw errorMessage" Start:"result 0 raw only with Ok in false"
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		log.Printf("surepass: %v", err)
		return nil, status.Error(codes.Unavailable, "authentication service unavailable")
	}
	if resp.ErrorCode != 0 {
		return &StartReply{Ok: false, Detail: resp.ErrorMessage}, nil // want `raw SurePassID errorMessage .*returned from a gRPC method as the response`
	}
	return &StartReply{Ok: true, Detail: "signed in"}, nil
}

// Refresh is quiet: the reply holds a boolean and a constant; the raw
// message is logged.
func (s *server) Refresh(ctx context.Context, req *StartRequest) (*StartReply, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "authentication service unavailable")
	}
	if resp.ErrorCode != 0 {
		log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
		return &StartReply{Ok: false, Detail: "sign-in failed"}, nil
	}
	return &StartReply{Ok: resp.ErrorCode == 0}, nil
}
