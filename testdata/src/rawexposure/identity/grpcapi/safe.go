package grpcapi

import (
	"context"
	"errors"
	"log/slog"

	spcodes "github.com/surepasslint/surepasslint/codes"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/identity/authpb"
	"rawexposure/identity/spclient"
)

// safeServer maps every failure to a status with a generic message.
type safeServer struct {
	authServer
}

func (s *safeServer) Login(ctx context.Context, req *authpb.LoginRequest) (*authpb.LoginResponse, error) {
	_, err := s.auth.Login(ctx, req.User, req.Otp)
	var apiErr *spclient.Error
	switch {
	case errors.As(err, &apiErr):
		slog.WarnContext(ctx, "login rejected", "code", apiErr.Code, "err", err)
		return nil, status.Error(codes.Unauthenticated, spcodes.UserMessage(spcodes.ReturnCode(apiErr.Code)))
	case err != nil:
		return nil, status.Error(codes.Unavailable, spcodes.GenericMessage)
	}
	return &authpb.LoginResponse{}, nil
}

func (s *safeServer) Enroll(ctx context.Context, req *authpb.EnrollRequest) (*authpb.EnrollResponse, error) {
	if _, err := s.login(ctx, &authpb.LoginRequest{User: req.User, Otp: req.Otp}); err != nil {
		slog.WarnContext(ctx, "enroll rejected", "err", err)
		return nil, status.New(codes.Unauthenticated, spcodes.GenericMessage).Err()
	}
	return &authpb.EnrollResponse{}, nil
}
