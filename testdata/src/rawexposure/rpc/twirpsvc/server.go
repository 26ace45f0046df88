// Package twirpsvc implements the twirp Auth service with SurePassID. // want package:"authpb.LoginResponse.Reason raw errorMessage"
package twirpsvc

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"strconv"

	"github.com/twitchtv/twirp"

	"rawexposure/rpc/spauth"
	"rawexposure/rpc/twirpsvc/authpb"
)

// Server implements authpb.Auth.
type Server struct {
	SP *spauth.Client
}

// Login returns the client's error: twirp sends a non-twirp error as
// twirp.Internal with err.Error() as the message.
func (s *Server) Login(ctx context.Context, req *authpb.LoginRequest) (*authpb.LoginResponse, error) { // want Login:"raw errorMessage"
	if err := s.SP.Verify(ctx, req.User, req.Otp); err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from spauth.Verify\) returned from a twirp method`
	}
	return &authpb.LoginResponse{Ok: true}, nil
}

// Reset builds twirp errors and a response from the raw message.
func (s *Server) Reset(ctx context.Context, req *authpb.LoginRequest) (*authpb.LoginResponse, error) { // want Reset:"raw errorMessage"
	resp, err := s.SP.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		log.Printf("surepass: %v", err)
		return nil, twirp.NewError(twirp.Unavailable, "authentication service unavailable")
	}
	if resp.ErrorCode == 0 {
		return &authpb.LoginResponse{Ok: true}, nil
	}
	switch req.Otp {
	case "1":
		return nil, twirp.NewError(twirp.Unauthenticated, resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "2":
		return nil, twirp.NewErrorf(twirp.Unauthenticated, "rejected: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "3":
		return nil, twirp.NotFoundError(resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "4":
		return nil, twirp.InvalidArgumentError("otp", resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "5":
		return nil, twirp.RequiredArgumentError(resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "6":
		return nil, twirp.InternalError(resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "7":
		return nil, twirp.InternalErrorf("surepass: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "8":
		return nil, twirp.InternalErrorWith(fmt.Errorf("surepass: %s", resp.ErrorMessage)) // want `raw SurePassID errorMessage .*twirp error`
	case "9":
		return nil, twirp.Unauthenticated.Error(resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "10":
		return nil, twirp.PermissionDenied.Errorf("denied: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "11":
		return nil, twirp.NewError(twirp.Unauthenticated, "invalid code").WithMeta("detail", resp.ErrorMessage) // want `raw SurePassID errorMessage .*twirp error`
	case "12":
		return &authpb.LoginResponse{Ok: false, Reason: resp.ErrorMessage}, nil // want `raw SurePassID errorMessage .*returned from a twirp method as the response`
	}
	// Quiet: a constant message, a status chosen by the code, the raw
	// message logged.
	log.Printf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
	code := twirp.Unauthenticated
	if len(req.Otp) != 6 {
		code = twirp.PermissionDenied
	}
	return nil, twirp.NewError(code, "invalid code").WithMeta("retry", "true")
}

// verify is not a method of the service: its caller decides.
func (s *Server) verify(ctx context.Context, user, otp string) (*authpb.LoginResponse, error) {
	if err := s.SP.Verify(ctx, user, otp); err != nil {
		return nil, err
	}
	return &authpb.LoginResponse{Ok: true}, nil
}

// Mount serves the service, and a plain endpoint writing twirp errors.
func Mount(mux *http.ServeMux, s *Server) {
	mux.Handle("/twirp/", authpb.NewAuthServer(s))
	mux.HandleFunc("/verify", func(w http.ResponseWriter, r *http.Request) {
		if _, err := s.verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
			twirp.WriteError(w, err) // want `raw SurePassID errorMessage .*twirp error`
		}
	})
}

// Challenge answers plain HTTP clients with twirp errors built in a chain
// over several lines: the finding is on the line of the call that puts the
// raw code into the error (WithMeta), as for a constructor on a line of
// its own, not where the chain starts nor where the error is written.
func Challenge(s *Server) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
		if err != nil {
			twirp.WriteError(w, twirp.NewError(twirp.Unavailable, "try again later"))
			return
		}
		if resp.ErrorCode == 0 {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.FormValue("debug") == "" {
			twerr := twirp.NewError(twirp.PermissionDenied, "challenge failed").
				WithMeta("retryable", "false")
			twirp.WriteError(w, twerr)
			return
		}
		twerr := twirp.NewError(twirp.PermissionDenied, "challenge failed").
			WithMeta("retryable", "false").
			WithMeta("vendor_code", strconv.Itoa(resp.ErrorCode)) // want `raw SurePassID return code .*twirp error`
		twirp.WriteError(w, twerr)
	}
}
