// Package connectsvc serves the auth.v1 connect services, backed by
// SurePassID.
package connectsvc

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"

	"connectrpc.com/connect"

	"rawexposure/rpc/connectsvc/authv1"
	"rawexposure/rpc/connectsvc/authv1connect"
	"rawexposure/rpc/spauth"
)

var errRejected = errors.New("the code was not accepted")

type authService struct {
	sp *spauth.Client
}

var _ authv1connect.AuthServiceHandler = (*authService)(nil)

// Login returns the client's error as is: connect sends a plain error's
// text as the message (CodeUnknown).
func (s *authService) Login(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) { // want Login:"raw errorMessage"
	if err := s.sp.Verify(ctx, req.Msg.User, req.Msg.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a connect handler`
	}
	return connect.NewResponse(&authv1.LoginResponse{Ok: true}), nil
}

// Watch streams the raw message, and returns a wrapped raw error.
func (s *authService) Watch(ctx context.Context, req *connect.Request[authv1.WatchRequest], stream *connect.ServerStream[authv1.Event]) error { // want Watch:"raw errorMessage"
	resp, err := s.sp.ValidateOTP(ctx, req.Msg.User, "")
	if err != nil {
		return connect.NewError(connect.CodeUnavailable, errors.New("authentication service unavailable"))
	}
	if resp.ErrorCode != 0 {
		if err := stream.Send(&authv1.Event{Text: resp.ErrorMessage}); err != nil { // want `raw SurePassID errorMessage .*connect response message`
			return err
		}
		return fmt.Errorf("watch: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*returned from a connect handler`
	}
	return nil
}

// Chat answers every request with the raw message.
func (s *authService) Chat(ctx context.Context, stream *connect.BidiStream[authv1.WatchRequest, authv1.Event]) error {
	resp, err := s.sp.ValidateOTP(ctx, "", "")
	if err != nil {
		return connect.NewError(connect.CodeUnavailable, errRejected)
	}
	return stream.Send(&authv1.Event{Text: resp.ErrorMessage}) // want `raw SurePassID errorMessage .*connect response message`
}

// loginMessage puts the raw message in a connect error and in the response.
func (s *authService) loginMessage(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) {
	resp, err := s.sp.ValidateOTP(ctx, req.Msg.User, req.Msg.Otp)
	if err != nil {
		log.Printf("surepass: %v", err)
		return nil, connect.NewError(connect.CodeUnavailable, errRejected)
	}
	if resp.ErrorCode == 9001 {
		return nil, connect.NewError(connect.CodeUnauthenticated, errors.New(resp.ErrorMessage)) // want `raw SurePassID errorMessage .*connect error message`
	}
	if resp.ErrorCode == 9002 {
		return nil, connect.NewWireError(connect.CodeUnauthenticated, fmt.Errorf("rejected: %s", resp.ErrorMessage)) // want `raw SurePassID errorMessage .*connect error message`
	}
	if resp.ErrorCode != 0 {
		return connect.NewResponse(&authv1.LoginResponse{Ok: false, Message: resp.ErrorMessage}), nil // want `raw SurePassID errorMessage .*returned from a connect handler as the response`
	}
	return connect.NewResponse(&authv1.LoginResponse{Ok: true}), nil
}

// loginSafe is quiet: the code picks the status, the text is constant, the
// raw message is logged.
func (s *authService) loginSafe(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) {
	resp, err := s.sp.ValidateOTP(ctx, req.Msg.User, req.Msg.Otp)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, errors.New("authentication service unavailable"))
	}
	if resp.ErrorCode != 0 {
		log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
		code := connect.CodeUnauthenticated
		if resp.ErrorCode == 9003 {
			code = connect.CodePermissionDenied
		}
		return nil, connect.NewError(code, errRejected)
	}
	if err := s.sp.Verify(ctx, req.Msg.User, req.Msg.Otp); err != nil {
		log.Printf("verify: %v", err)
		return nil, fmt.Errorf("login failed")
	}
	return connect.NewResponse(&authv1.LoginResponse{Ok: resp.ErrorCode == 0}), nil
}

// Mount registers the services, one of them through a literal.
func Mount(mux *http.ServeMux, sp *spauth.Client) {
	mux.Handle(authv1connect.NewAuthServiceHandler(&authService{sp: sp}))
	mux.Handle(authv1connect.NewAdminServiceHandler(&adminService{sp: sp}))
	mux.Handle("/auth.v1.AuthService/Check", connect.NewUnaryHandler("/auth.v1.AuthService/Check",
		func(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) {
			if err := sp.Verify(ctx, req.Msg.User, req.Msg.Otp); err != nil {
				return nil, fmt.Errorf("check: %w", err) // want `raw SurePassID errorMessage .*returned from a connect handler`
			}
			return connect.NewResponse(&authv1.LoginResponse{Ok: true}), nil
		}))
	errw := connect.NewErrorWriter()
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		if err := sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
			errw.Write(w, r, err) // want `raw SurePassID errorMessage .*connect error message`
		}
	})
}

// adminService implements the simple-API AdminServiceHandler.
type adminService struct {
	sp *spauth.Client
}

func (a *adminService) Unlock(ctx context.Context, req *authv1.UnlockRequest) (*authv1.UnlockResponse, error) { // want Unlock:"raw errorMessage"
	resp, err := a.sp.ValidateOTP(ctx, req.User, "")
	if err != nil {
		return nil, err
	}
	if resp.ErrorCode != 0 {
		return nil, errors.New(resp.ErrorMessage) // want `raw SurePassID errorMessage .*returned from a connect handler`
	}
	return &authv1.UnlockResponse{Done: true}, nil
}

// check is a helper of the handlers' shape that no framework calls: the
// handler calling it decides what is sent.
func (a *adminService) check(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) {
	return nil, a.sp.Verify(ctx, req.Msg.User, req.Msg.Otp)
}

func (a *adminService) Check(ctx context.Context, req *connect.Request[authv1.LoginRequest]) (*connect.Response[authv1.LoginResponse], error) {
	if _, err := a.check(ctx, req); err != nil {
		log.Printf("check: %v", err)
		return nil, connect.NewError(connect.CodeUnauthenticated, errRejected)
	}
	return connect.NewResponse(&authv1.LoginResponse{Ok: true}), nil
}
