// Package grpcwire holds a hand-written service desc that another package
// registers its implementation with.
package grpcwire

import (
	"context"

	"google.golang.org/grpc"
)

// Ledger is the service interface.
type Ledger interface {
	Approve(context.Context, *ApproveRequest) (*ApproveReply, error)
}

// ApproveRequest asks to approve a payout after an OTP.
type ApproveRequest struct{ User, Otp string }

// ApproveReply is the answer.
type ApproveReply struct{ Approved bool }

func approveHandler(srv any, ctx context.Context, dec func(any) error, _ grpc.UnaryServerInterceptor) (any, error) {
	in := new(ApproveRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	return srv.(Ledger).Approve(ctx, in)
}

// LedgerDesc describes the service.
var LedgerDesc = grpc.ServiceDesc{
	ServiceName: "payouts.Ledger",
	HandlerType: (*Ledger)(nil),
	Methods:     []grpc.MethodDesc{{MethodName: "Approve", Handler: approveHandler}},
}
