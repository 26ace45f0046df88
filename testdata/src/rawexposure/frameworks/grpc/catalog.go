package grpcauth

import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// VerifyOTPNewf formats the raw message into a status built with Newf.
func (s *authServer) VerifyOTPNewf(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Newf(codes.Unavailable, "authentication service unavailable").Err()
	}
	if resp.ErrorCode != 0 {
		return nil, status.Newf(codes.Unauthenticated, "otp rejected for %s: %s", req.User, resp.ErrorMessage).Err() // want `raw SurePassID errorMessage .*gRPC`
	}
	return &VerifyOTPResponse{Valid: true}, nil
}
