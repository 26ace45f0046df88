// Package grpcauth is a gRPC authentication service backed by SurePassID.
package grpcauth

import (
	"context"
	"fmt"
	"log"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/frameworks/spclient"
)

// VerifyOTPRequest and VerifyOTPResponse stand for protoc-generated messages.
type VerifyOTPRequest struct {
	User string
	Otp  string
}

type VerifyOTPResponse struct {
	Valid bool
}

type authServer struct {
	UnimplementedAuthServer
	sp *spclient.Client
}

func (s *authServer) VerifyOTP(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) {
	if req.User == "" || req.Otp == "" {
		return nil, status.Error(codes.InvalidArgument, "user and otp are required")
	}
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		log.Printf("surepass: %v", err)
		return nil, status.Error(codes.Unavailable, "authentication service unavailable")
	}
	if resp.ErrorCode != 0 {
		return nil, status.Error(codes.Unauthenticated, resp.ErrorMessage) // want `raw SurePassID errorMessage .*gRPC`
	}
	return &VerifyOTPResponse{Valid: true}, nil
}

func (s *authServer) VerifyOTPf(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Errorf(codes.Unavailable, "authentication service unavailable")
	}
	if resp.ErrorCode != 0 {
		return nil, status.Errorf(codes.Unauthenticated, "otp rejected: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*gRPC`
	}
	return &VerifyOTPResponse{Valid: true}, nil
}

// Verify goes through the client's wrapper.
func (s *authServer) Verify(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) {
	if err := s.sp.Verify(ctx, req.User, req.Otp); err != nil {
		return nil, status.Error(codes.Unauthenticated, err.Error()) // want `raw SurePassID errorMessage .*gRPC`
	}
	return &VerifyOTPResponse{Valid: true}, nil
}

// VerifyStatus builds the status first; its Err() is what the client gets.
func (s *authServer) VerifyStatus(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.New(codes.Unavailable, "authentication service unavailable").Err()
	}
	if resp.ErrorCode != 0 {
		st := status.New(codes.Unauthenticated, resp.ErrorMessage) // want `raw SurePassID errorMessage .*gRPC`
		return nil, st.Err()
	}
	return &VerifyOTPResponse{Valid: true}, nil
}

// VerifyCode sends the raw return code in the status message.
func (s *authServer) VerifyCode(ctx context.Context, req *VerifyOTPRequest) (*VerifyOTPResponse, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "authentication service unavailable")
	}
	if resp.ErrorCode != 0 {
		return nil, status.New(codes.Unauthenticated, fmt.Sprint("otp rejected with code ", resp.ErrorCode)).Err() // want `raw SurePassID (return )?code .*gRPC`
	}
	return &VerifyOTPResponse{Valid: true}, nil
}
