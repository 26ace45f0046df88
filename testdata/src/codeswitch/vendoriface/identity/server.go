// Package identity serves identity.mfa.v1.Mfa over gRPC. It calls
// SurePassID through an interface of its own, so that tests can fake the
// vendor; main wires in surepass.New.
package identity

import (
	"context"
	"log/slog"
	"slices"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"codeswitch/vendoriface/mfapb"
	"codeswitch/vendoriface/surepass"
)

// Vendor is what the service needs from the MFA vendor.
type Vendor interface {
	ValidateOTP(ctx context.Context, user, otp string) (code int32, msg string, err error)
	SendSMS(ctx context.Context, user string) (code int32, msg string, err error)
	SendPush(ctx context.Context, user string) (code int32, msg string, err error)
}

// Server implements mfapb.MfaServer.
type Server struct {
	mfapb.UnimplementedMfaServer
	vendor Vendor
	policy Policy
	log    *slog.Logger
}

// New returns a server calling v.
func New(v Vendor) *Server {
	return &Server{vendor: v, policy: DefaultPolicy(), log: slog.Default()}
}

var _ Vendor = (*surepass.Client)(nil)

func (s *Server) openSession(ctx context.Context, user string) *mfapb.VerifyOtpResponse {
	return &mfapb.VerifyOtpResponse{Result: mfapb.MfaResult_MFA_RESULT_OK, SessionId: "sess-" + user}
}

// VerifyOtp rejects the OTP failures it lists through a local closure
// building a response with a result other than OK; every other code opens
// a session. Reported.
func (s *Server) VerifyOtp(ctx context.Context, req *mfapb.VerifyOtpRequest) (*mfapb.VerifyOtpResponse, error) {
	code, msg, err := s.vendor.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "vendor unavailable")
	}
	reject := func(r mfapb.MfaResult) *mfapb.VerifyOtpResponse {
		return &mfapb.VerifyOtpResponse{Result: r}
	}
	s.log.Info("otp checked", "user", req.User, "code", code, "msg", msg, "level", severity(code))
	switch code { // want `fail-open switch over SurePassID return codes: 79 security-relevant codes fall through unhandled`
	case surepass.CodeOTPInvalid, surepass.CodeBogusOTP:
		return reject(mfapb.MfaResult_MFA_RESULT_OTP_INVALID), nil
	case surepass.CodeOTPAlreadyUsed:
		return reject(mfapb.MfaResult_MFA_RESULT_OTP_REUSED), nil
	case surepass.CodePartnerUserLoginDisabled:
		return reject(mfapb.MfaResult_MFA_RESULT_LOCKED), nil
	}
	return s.openSession(ctx, req.User), nil
}

// Push denies the codes of its policy's deny list, a field set in the
// policy's defaults; any other code approves. Reported.
func (s *Server) Push(ctx context.Context, req *mfapb.SendCodeRequest) (*mfapb.SendCodeResponse, error) {
	code, _, err := s.vendor.SendPush(ctx, req.User)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "vendor unavailable")
	}
	if slices.Contains(s.policy.PushDeny, code) { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		return &mfapb.SendCodeResponse{Result: mfapb.MfaResult_MFA_RESULT_DENIED}, nil
	}
	return &mfapb.SendCodeResponse{Result: mfapb.MfaResult_MFA_RESULT_OK}, nil
}

// SendCode refuses every code but Success: an allow list. Not reported.
func (s *Server) SendCode(ctx context.Context, req *mfapb.SendCodeRequest) (*mfapb.SendCodeResponse, error) {
	code, _, err := s.vendor.SendSMS(ctx, req.User)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "vendor unavailable")
	}
	switch code {
	case surepass.CodeSuccess:
		return &mfapb.SendCodeResponse{Result: mfapb.MfaResult_MFA_RESULT_OK}, nil
	case surepass.CodeSMSSendError:
		return &mfapb.SendCodeResponse{Result: mfapb.MfaResult_MFA_RESULT_ERROR}, nil
	}
	return &mfapb.SendCodeResponse{Result: mfapb.MfaResult_MFA_RESULT_DENIED}, nil
}

// severity picks the level the answer is logged at: it decides nothing,
// though slog.LevelInfo, what the unlisted codes get, is the zero value.
// Not reported.
func severity(code int32) slog.Level {
	switch code {
	case surepass.CodeDatabaseError:
		return slog.LevelError
	case surepass.CodeOTPInvalid, surepass.CodeOTPAlreadyUsed:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}
