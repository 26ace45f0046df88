package grpcdesc

import (
	"context"
	"fmt"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/rpc/spauth"
)

// MintRequest asks for a token after an OTP.
type MintRequest struct {
	User, Otp string
}

// MintReply carries the token.
type MintReply struct {
	Token string
}

// Tokens implements TokenService: no Unimplemented embedding and no
// Register<S>Server, so only the desc says its methods are handlers.
type Tokens struct {
	sp *spauth.Client
}

// Mint returns the client's error as is: grpc-go sends its text.
func (t *Tokens) Mint(ctx context.Context, req *MintRequest) (*MintReply, error) { // want Mint:"raw errorMessage"
	err := t.sp.Verify(ctx, req.User, req.Otp)
	if err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a gRPC method`
	}
	return &MintReply{Token: "t-" + req.User}, nil
}

// Revoke wraps the client's error with %w: the text still holds the raw
// message.
func (t *Tokens) Revoke(ctx context.Context, req *MintRequest) (*MintReply, error) { // want Revoke:"raw errorMessage"
	if err := t.sp.Verify(ctx, req.User, req.Otp); err != nil {
		return nil, fmt.Errorf("revoke %s: %w", req.User, err) // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a gRPC method`
	}
	return &MintReply{}, nil
}

// Check is a helper of the same shape that is not in the interface: its
// caller decides what the client sees.
func (t *Tokens) Check(ctx context.Context, req *MintRequest) (*MintReply, error) { // want Check:"raw errorMessage"
	if err := t.sp.Verify(ctx, req.User, req.Otp); err != nil {
		return nil, err
	}
	return &MintReply{}, nil
}

// audit is quiet (not in the interface either): the raw error is logged and a status error goes out.
func (t *Tokens) audit(ctx context.Context, req *MintRequest) (*MintReply, error) {
	if err := t.sp.Verify(ctx, req.User, req.Otp); err != nil {
		return nil, status.Error(codes.Unauthenticated, "verification failed")
	}
	return &MintReply{}, nil
}

var _ TokenService = (*Tokens)(nil)
