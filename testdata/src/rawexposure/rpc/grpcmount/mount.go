// Package grpcmount implements a service whose desc is declared in another
// package and registers it with RegisterService.
package grpcmount

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/rpc/grpcwire"
	"rawexposure/rpc/spauth"
)

type ledger struct {
	sp *spauth.Client
}

// Approve is a handler: the type is registered on the server below.
func (l *ledger) Approve(ctx context.Context, req *grpcwire.ApproveRequest) (*grpcwire.ApproveReply, error) { // want Approve:"raw errorMessage"
	if req.Otp == "" {
		return nil, status.Error(codes.InvalidArgument, "an OTP is required")
	}
	if err := l.sp.Verify(ctx, req.User, req.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a gRPC method`
	}
	return &grpcwire.ApproveReply{Approved: true}, nil
}

// Serve registers the ledger.
func Serve(sp *spauth.Client) *grpc.Server {
	s := grpc.NewServer()
	s.RegisterService(&grpcwire.LedgerDesc, &ledger{sp: sp})
	return s
}

// precheck has a handler's shape but is never registered: its caller
// decides.
type precheck struct {
	sp *spauth.Client
}

func (p *precheck) Approve(ctx context.Context, req *grpcwire.ApproveRequest) (*grpcwire.ApproveReply, error) { // want Approve:"raw errorMessage"
	if err := p.sp.Verify(ctx, req.User, req.Otp); err != nil {
		return nil, err
	}
	return &grpcwire.ApproveReply{Approved: true}, nil
}
