package grpcauth

import "context"

// VerifyReturn returns the client's error: the gRPC server sends a
// non-status error's text as the Unknown status's message, so this leaks
// the wrapped message. The fix keeps codes.Unknown and replaces the text.
func (s *authServer) VerifyReturn(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) { // want VerifyReturn:"raw errorMessage"
	if err := s.sp.Verify(ctx, req.User, req.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from a gRPC method`
	}
	return &VerifyOTPResponse{Valid: true}, nil
}
