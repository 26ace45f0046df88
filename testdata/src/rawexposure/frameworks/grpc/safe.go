package grpcauth

import (
	"context"
	"log/slog"

	spcodes "github.com/surepasslint/surepasslint/codes"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// SafeVerifyOTP logs the raw message and sends codes.UserMessage; the gRPC
// code is derived from a comparison.
func (s *authServer) SafeVerifyOTP(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		slog.ErrorContext(ctx, "surepass call failed", "err", err)
		return nil, status.Error(codes.Unavailable, "authentication service unavailable")
	}
	if resp.ErrorCode != 0 {
		slog.WarnContext(ctx, "otp rejected", "code", resp.ErrorCode, "message", resp.ErrorMessage)
		return nil, status.Error(codes.Unauthenticated, spcodes.UserMessage(spcodes.ReturnCode(resp.ErrorCode)))
	}
	return &VerifyOTPResponse{Valid: resp.ErrorCode == 0}, nil
}

// SafeVerify keeps the wrapped error in the log.
func (s *authServer) SafeVerify(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) {
	if err := s.sp.Verify(ctx, req.User, req.Otp); err != nil {
		slog.WarnContext(ctx, "otp rejected", "err", err)
		return nil, status.Newf(codes.Unauthenticated, "%s", spcodes.GenericMessage).Err()
	}
	return &VerifyOTPResponse{Valid: true}, nil
}
