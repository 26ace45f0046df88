// Package rpc serves the kiosk's sign-in over connect, gRPC and twirp, and
// the terminal's legacy HTTP endpoint; every refusal is an RPC error or an
// HTTP status, never a plain error.
package rpc

import (
	"context"
	"errors"
	"net/http"

	"connectrpc.com/connect"
	"github.com/twitchtv/twirp"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"codeswitch/rejects/otpkit"
)

// VerifyRequest and VerifyReply are the generated messages.
type VerifyRequest struct{ User, OTP string }

type VerifyReply struct{ Token string }

// Server implements the kiosk's sign-in services.
type Server struct {
	Kiosk  *otpkit.Terminal
	Tokens func(user string) string
}

// Verify is the connect handler: two codes refused, the others get a
// token: reported.
func (s *Server) Verify(ctx context.Context, req *connect.Request[VerifyRequest]) (*connect.Response[VerifyReply], error) {
	rep, err := s.Kiosk.Check(ctx, req.Msg.User, req.Msg.OTP)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, err)
	}
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpkit.StatusOTPInvalid, otpkit.StatusBogusOTP:
		return nil, connect.NewError(connect.CodePermissionDenied, errors.New("wrong code"))
	}
	return connect.NewResponse(&VerifyReply{Token: s.Tokens(req.Msg.User)}), nil
}

// VerifyGRPC is the gRPC method, refusing through a status built first:
// reported.
func (s *Server) VerifyGRPC(ctx context.Context, req *VerifyRequest) (*VerifyReply, error) {
	rep, err := s.Kiosk.Check(ctx, req.User, req.OTP)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "try again")
	}
	if rep.ErrorCode == otpkit.StatusOTPUsed { // want `fail-open if-else chain over SurePassID return codes`
		return nil, status.New(codes.Unauthenticated, "code already used").Err()
	} else if rep.ErrorCode == otpkit.StatusMaxOTPFailures {
		return nil, status.Errorf(codes.ResourceExhausted, "locked")
	}
	return &VerifyReply{Token: s.Tokens(req.User)}, nil
}

// VerifyTwirp is the twirp method, refusing with the error codes' own
// constructors: reported.
func (s *Server) VerifyTwirp(ctx context.Context, req *VerifyRequest) (*VerifyReply, error) {
	rep, err := s.Kiosk.Check(ctx, req.User, req.OTP)
	if err != nil {
		return nil, twirp.InternalErrorWith(err)
	}
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpkit.StatusOTPInvalid:
		return nil, twirp.PermissionDenied.Error("wrong code")
	case otpkit.StatusMaxOTPFailures, otpkit.StatusMaxLoginsExceeded:
		return nil, twirp.ResourceExhausted.Errorf("locked out")
	}
	return &VerifyReply{Token: s.Tokens(req.User)}, nil
}

// VerifyClosed refuses every other code in its default: not reported.
func (s *Server) VerifyClosed(ctx context.Context, req *connect.Request[VerifyRequest]) (*connect.Response[VerifyReply], error) {
	rep, err := s.Kiosk.Check(ctx, req.Msg.User, req.Msg.OTP)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, err)
	}
	switch rep.ErrorCode {
	case otpkit.StatusSuccess:
		return connect.NewResponse(&VerifyReply{Token: s.Tokens(req.Msg.User)}), nil
	case otpkit.StatusOTPInvalid:
		return nil, connect.NewError(connect.CodePermissionDenied, errors.New("wrong code"))
	default:
		return nil, connect.NewError(connect.CodeUnauthenticated, errors.New("sign-in failed"))
	}
}

// VerifyOK answers a status built with codes.OK, which is no error, for
// the codes it lists; nothing here rejects: not reported.
func (s *Server) VerifyOK(ctx context.Context, req *VerifyRequest) (*VerifyReply, error) {
	rep, err := s.Kiosk.Check(ctx, req.User, req.OTP)
	if err != nil {
		return nil, err
	}
	switch rep.ErrorCode {
	case otpkit.StatusSMSSendError, otpkit.StatusDatabaseError:
		return nil, status.Error(codes.OK, "")
	}
	return &VerifyReply{Token: s.Tokens(req.User)}, nil
}

// Legacy keeps the answer's status in a local and writes it after the
// dispatch; the codes it does not list keep 200 and get the cookie:
// reported.
func (s *Server) Legacy(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := s.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	status := http.StatusOK
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpkit.StatusOTPInvalid, otpkit.StatusOTPUsed:
		status = http.StatusUnauthorized
	case otpkit.StatusMaxOTPFailures:
		status = http.StatusTooManyRequests
	}
	if status == http.StatusOK {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: s.Tokens(user)})
	}
	w.WriteHeader(status)
}

// LegacyClosed sets 403 for every code but Success: not reported.
func (s *Server) LegacyClosed(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := s.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	status := http.StatusOK
	switch rep.ErrorCode {
	case otpkit.StatusSuccess:
		http.SetCookie(w, &http.Cookie{Name: "session", Value: s.Tokens(user)})
	case otpkit.StatusMaxOTPFailures:
		status = http.StatusTooManyRequests
	default:
		status = http.StatusForbidden
	}
	w.WriteHeader(status)
}

// Pending answers 202 for a pending delivery and 200 otherwise: it
// refuses nothing, so it is no dispatch to judge: not reported.
func (s *Server) Pending(w http.ResponseWriter, r *http.Request) {
	rep, err := s.Kiosk.Check(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	status := http.StatusOK
	switch rep.ErrorCode {
	case otpkit.StatusSMSSendError, otpkit.StatusDatabaseError:
		status = http.StatusAccepted
	}
	w.WriteHeader(status)
}
