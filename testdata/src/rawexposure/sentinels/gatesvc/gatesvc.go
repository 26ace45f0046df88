// Package gatesvc serves sign-in over connect: a returned error is sent as
// the message, so the same sentinel guards decide what may be returned.
package gatesvc

import (
	"context"
	"errors"

	"connectrpc.com/connect"

	"rawexposure/rpc/connectsvc/authv1"
	"rawexposure/rpc/connectsvc/authv1connect"
	"rawexposure/sentinels/spacct"
)

var errFailed = errors.New("sign-in failed")

type gate struct {
	acct *spacct.Client
}

var _ authv1connect.AuthServiceHandler = (*gate)(nil)

// Login returns the sentinels as they are and a fixed error for the rest.
func (g *gate) Login(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) {
	err := g.acct.Login(ctx, req.Msg.User, req.Msg.Otp)
	switch {
	case err == nil:
		return connect.NewResponse(&authv1.LoginResponse{Ok: true}), nil
	case errors.Is(err, spacct.ErrLocked), errors.Is(err, spacct.ErrExpired):
		return nil, connect.NewError(connect.CodePermissionDenied, err)
	}
	if !errors.Is(err, spacct.ErrBadOTP) {
		return nil, connect.NewError(connect.CodeUnauthenticated, errFailed)
	}
	return nil, err
}

// Watch returns the error under a guard, and a wrapped one outside it.
func (g *gate) Watch(ctx context.Context, req *connect.Request[authv1.WatchRequest], stream *connect.ServerStream[authv1.Event]) error { // want Watch:"raw errorMessage"
	err := g.acct.Login(ctx, req.Msg.User, "")
	if errors.Is(err, spacct.ErrLocked) || errors.Is(err, spacct.ErrExpired) {
		return err
	}
	if err != nil {
		return err // want `raw SurePassID errorMessage \(from spacct.Login\) returned from a connect handler`
	}
	return stream.Send(&authv1.Event{Text: "signed in"})
}

// Chat returns a sentinel wrapped with raw text.
func (g *gate) Chat(ctx context.Context, stream *connect.BidiStream[authv1.WatchRequest, authv1.Event]) error { // want Chat:"raw errorMessage"
	err := g.acct.Login(ctx, "", "")
	if errors.Is(err, spacct.ErrDenied) {
		return err // want `raw SurePassID errorMessage \(from spacct.Login\) returned from a connect handler`
	}
	return nil
}
