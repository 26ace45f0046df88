package grpcauth

import (
	"context"
	"log"
	"strconv"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// VerifyWithHeaders tells the client why through response metadata, which
// it reads like HTTP headers.
func (s *authServer) VerifyWithHeaders(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "authentication service unavailable")
	}
	_ = grpc.SetHeader(ctx, metadata.Pairs("x-request-user", req.User))
	_ = grpc.SetHeader(ctx, metadata.Pairs("x-surepass-code", strconv.Itoa(resp.ErrorCode))) // want `raw SurePassID return code \(from resp.ErrorCode\) written to gRPC response metadata`
	if resp.ErrorCode != 0 {
		trailer := metadata.MD{}
		trailer.Set("x-reason", resp.ErrorMessage)
		grpc.SetTrailer(ctx, trailer) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to gRPC response metadata`
		return nil, status.Error(codes.Unauthenticated, "verification failed")
	}
	return &VerifyOTPResponse{Valid: true}, nil
}

// VerifyStream sends its headers on the stream.
func (s *authServer) VerifyStream(req *VerifyOTPRequest, stream grpc.ServerStream) error {
	resp, err := s.sp.ValidateOTP(stream.Context(), req.User, req.Otp)
	if err != nil {
		return status.Error(codes.Unavailable, "authentication service unavailable")
	}
	if resp.ErrorCode != 0 {
		log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
		_ = stream.SendHeader(metadata.New(map[string]string{"x-reason": resp.ErrorMessage})) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to gRPC response metadata`
		return status.Error(codes.Unauthenticated, "verification failed")
	}
	if resp.ErrorCode == 9096 {
		stream.SetTrailer(metadata.Pairs("x-locked", resp.ErrorMessage)) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to gRPC response metadata`
	}
	_ = stream.SetHeader(metadata.Pairs("x-reason", resp.ErrorMessage)) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to gRPC response metadata`
	_ = grpc.SendHeader(stream.Context(), metadata.Pairs("x-reason", resp.ErrorMessage)) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to gRPC response metadata`
	md, _ := metadata.FromIncomingContext(stream.Context())
	_ = stream.SetHeader(metadata.Pairs("x-trace", md.Get("x-trace")[0]))
	return nil
}

// Outgoing metadata goes to SurePassID's side, not to the user.
func (s *authServer) forward(ctx context.Context, resp *VerifyOTPResponse) context.Context {
	md := metadata.Pairs("x-caller", "portal")
	return metadata.NewOutgoingContext(ctx, md)
}
