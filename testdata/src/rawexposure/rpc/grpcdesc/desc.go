// Package grpcdesc is a gRPC service registered with a hand-written
// grpc.ServiceDesc (no protoc): the service interface is the desc's
// HandlerType, each method has its own handler function, and Register
// takes a *grpc.Server.
package grpcdesc

import (
	"context"

	"google.golang.org/grpc"
)

// TokenService is the service interface the desc dispatches to.
type TokenService interface {
	Mint(context.Context, *MintRequest) (*MintReply, error)
	Revoke(context.Context, *MintRequest) (*MintReply, error)
}

func mintHandler(srv any, ctx context.Context, dec func(any) error, _ grpc.UnaryServerInterceptor) (any, error) {
	in := new(MintRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	return srv.(TokenService).Mint(ctx, in)
}

func revokeHandler(srv any, ctx context.Context, dec func(any) error, _ grpc.UnaryServerInterceptor) (any, error) {
	in := new(MintRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	return srv.(TokenService).Revoke(ctx, in)
}

var tokenServiceDesc = grpc.ServiceDesc{
	ServiceName: "tokens.v1.TokenService",
	HandlerType: (*TokenService)(nil),
	Methods: []grpc.MethodDesc{
		{MethodName: "Mint", Handler: mintHandler},
		{MethodName: "Revoke", Handler: revokeHandler},
	},
}

// Register registers the service on s.
func Register(s *grpc.Server, impl TokenService) {
	s.RegisterService(&tokenServiceDesc, impl)
}
