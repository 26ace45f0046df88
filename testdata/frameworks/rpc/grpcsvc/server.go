// Package grpcsvc serves auth.v1.AuthService over grpc-go.
package grpcsvc

import (
	"context"
	"log"
	"net/http"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/frameworks/rpc/authpb"
	"example.com/frameworks/spclient"
)

type server struct {
	authpb.UnimplementedAuthServiceServer
	sp *spclient.Client
}

// Register registers the service.
func Register(s *grpc.Server) {
	authpb.RegisterAuthServiceServer(s, &server{sp: &spclient.Client{HTTP: http.DefaultClient}})
}

// VerifyOTP: grpc-go sends a returned non-status error as codes.Unknown
// with err.Error() as the message.
func (s *server) VerifyOTP(ctx context.Context, req *authpb.VerifyOTPRequest) (*authpb.VerifyOTPResponse, error) {
	resp, err := s.sp.ValidateOTP(ctx, req.GetUser(), req.GetOtp())
	if err != nil {
		log.Printf("surepass: %v", err)
		return nil, status.Error(codes.Unavailable, "try again later")
	}
	if resp.ErrorCode != 0 {
		switch req.GetUser() {
		case "":
			return nil, status.Errorf(codes.Unauthenticated, "sign-in failed: %s", resp.ErrorMessage) // want "raw SurePassID errorMessage"
		case "kiosk":
			// The response message reaches the client too.
			return &authpb.VerifyOTPResponse{Ok: false, Message: resp.ErrorMessage}, nil // want "raw SurePassID errorMessage"
		}
		return nil, status.Error(codes.Unauthenticated, resp.ErrorMessage) // want "raw SurePassID errorMessage"
	}
	return &authpb.VerifyOTPResponse{Ok: true}, nil
}

// legacy is registered by name on a second server: its returned error is
// sent as is.
type legacy struct {
	authpb.UnimplementedAuthServiceServer
	sp *spclient.Client
}

func (l *legacy) VerifyOTP(ctx context.Context, req *authpb.VerifyOTPRequest) (*authpb.VerifyOTPResponse, error) {
	if err := l.sp.Verify(ctx, req.GetUser(), req.GetOtp()); err != nil {
		return nil, err // want "raw SurePassID errorMessage"
	}
	return &authpb.VerifyOTPResponse{Ok: true}, nil
}

// safe logs the raw message and sends a fixed one with the status code.
type safe struct {
	authpb.UnimplementedAuthServiceServer
	sp *spclient.Client
}

func (s *safe) VerifyOTP(ctx context.Context, req *authpb.VerifyOTPRequest) (*authpb.VerifyOTPResponse, error) {
	if err := s.sp.Verify(ctx, req.GetUser(), req.GetOtp()); err != nil {
		log.Printf("verify: %v", err)
		return nil, status.Error(codes.Unauthenticated, spclient.SafeMessage)
	}
	return &authpb.VerifyOTPResponse{Ok: true}, nil
}

// RegisterAll registers the other two implementations.
func RegisterAll(a, b *grpc.Server, sp *spclient.Client) {
	authpb.RegisterAuthServiceServer(a, &legacy{sp: sp})
	authpb.RegisterAuthServiceServer(b, &safe{sp: sp})
}
