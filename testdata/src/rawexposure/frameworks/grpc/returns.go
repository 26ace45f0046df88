package grpcauth

import "context"

// VerifyReturn is a known miss: the gRPC server sends a non-status error's
// text as the Unknown status's message, so this leaks the wrapped message,
// but `return nil, err` is not a call and no sink row can describe it.
func (s *authServer) VerifyReturn(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) { // want VerifyReturn:"raw errorMessage"
	if err := s.sp.Verify(ctx, req.User, req.Otp); err != nil {
		return nil, err
	}
	return &VerifyOTPResponse{Valid: true}, nil
}
