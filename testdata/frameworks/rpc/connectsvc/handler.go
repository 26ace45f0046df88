// Package connectsvc serves auth.v1.AuthService over connect-go.
package connectsvc

import (
	"context"
	"errors"
	"log"
	"net/http"

	"connectrpc.com/connect"

	"example.com/frameworks/rpc/authpb"
	"example.com/frameworks/rpc/authpb/authpbconnect"
	"example.com/frameworks/spclient"
)

type handler struct {
	authpbconnect.UnimplementedAuthServiceHandler
	sp *spclient.Client
}

// Mount mounts the service on mux.
func Mount(mux *http.ServeMux) {
	mux.Handle(authpbconnect.NewAuthServiceHandler(&handler{sp: &spclient.Client{HTTP: http.DefaultClient}}))
}

// VerifyOTP: connect sends a returned error's err.Error() as the message
// (a plain error with CodeUnknown; *connect.Error's Message() is its
// underlying error's text).
func (h *handler) VerifyOTP(ctx context.Context, req *connect.Request[authpb.VerifyOTPRequest]) (*connect.Response[authpb.VerifyOTPResponse], error) {
	switch req.Msg.GetUser() {
	case "":
		if err := h.sp.Verify(ctx, req.Msg.GetUser(), req.Msg.GetOtp()); err != nil {
			return nil, err // want "raw SurePassID errorMessage"
		}
	case "kiosk":
		if err := h.sp.Verify(ctx, req.Msg.GetUser(), req.Msg.GetOtp()); err != nil {
			return nil, connect.NewError(connect.CodeUnauthenticated, err) // want "raw SurePassID errorMessage"
		}
	default:
		resp, err := h.sp.ValidateOTP(ctx, req.Msg.GetUser(), req.Msg.GetOtp())
		if err != nil {
			log.Printf("surepass: %v", err)
			return nil, connect.NewError(connect.CodeUnavailable, errors.New("try again later"))
		}
		if resp.ErrorCode != 0 {
			res := connect.NewResponse(&authpb.VerifyOTPResponse{Ok: false})
			res.Header().Set("X-Auth-Error", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			return res, nil
		}
	}
	return connect.NewResponse(&authpb.VerifyOTPResponse{Ok: true}), nil
}

// safe logs the raw message and sends a fixed one with the code.
type safe struct {
	authpbconnect.UnimplementedAuthServiceHandler
	sp *spclient.Client
}

// MountSafe mounts the safe implementation.
func MountSafe(mux *http.ServeMux, sp *spclient.Client) {
	mux.Handle(authpbconnect.NewAuthServiceHandler(&safe{sp: sp}))
}

func (s *safe) VerifyOTP(ctx context.Context, req *connect.Request[authpb.VerifyOTPRequest]) (*connect.Response[authpb.VerifyOTPResponse], error) {
	if err := s.sp.Verify(ctx, req.Msg.GetUser(), req.Msg.GetOtp()); err != nil {
		log.Printf("verify: %v", err)
		return nil, connect.NewError(connect.CodeUnauthenticated, errors.New(spclient.SafeMessage))
	}
	return connect.NewResponse(&authpb.VerifyOTPResponse{Ok: true}), nil
}
