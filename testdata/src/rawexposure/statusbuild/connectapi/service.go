// Package connectapi serves auth.v1 over connect; its error helpers build
// connect errors from the refusal they are given.
package connectapi

import (
	"context"
	"errors"
	"fmt"

	"connectrpc.com/connect"

	"rawexposure/rpc/connectsvc/authv1"
	"rawexposure/rpc/connectsvc/authv1connect"
	"rawexposure/statusbuild/otpcore"
)

var errDenied = errors.New("the code was not accepted")

// refusalErr quotes the vendor's code and text.
func refusalErr(r *otpcore.Refusal) *connect.Error {
	return connect.NewError(connect.CodePermissionDenied, fmt.Errorf("refused (%d): %s", r.Code, r.Reason))
}

// deniedErr keeps them out: our own sentinel.
func deniedErr(r *otpcore.Refusal) *connect.Error {
	if r.Code == 9002 {
		return connect.NewError(connect.CodeResourceExhausted, errDenied)
	}
	return connect.NewError(connect.CodePermissionDenied, errDenied)
}

type service struct {
	otp    *otpcore.Client
	honest bool
}

var _ authv1connect.AuthServiceHandler = (*service)(nil)

// Login returns the helper's error.
func (s *service) Login(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) { // want Login:"result 1 raw errorMessage from otpcore.Refusal.Reason"
	err := s.otp.Verify(ctx, req.Msg.User, req.Msg.Otp)
	if r, ok := otpcore.AsRefusal(err); ok {
		if s.honest {
			return nil, refusalErr(r) // want `raw SurePassID errorMessage \(from otpcore.Refusal.Reason\) returned from a connect handler`
		}
		return nil, deniedErr(r)
	}
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errors.New("verification unavailable"))
	}
	return connect.NewResponse(&authv1.LoginResponse{Ok: true}), nil
}

func (s *service) Watch(context.Context, *connect.Request[authv1.WatchRequest], *connect.ServerStream[authv1.Event]) error {
	return nil
}

func (s *service) Chat(context.Context, *connect.BidiStream[authv1.WatchRequest, authv1.Event]) error {
	return nil
}
