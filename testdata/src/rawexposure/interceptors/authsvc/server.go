// Package authsvc serves identity.mfa.v1.Mfa, calling SurePassID through
// otpgate.
package authsvc

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/interceptors/otpgate"
	"rawexposure/interceptors/retry"
	"rawexposure/vendoriface/mfapb"
)

// Service implements mfapb.MfaServer.
type Service struct {
	mfapb.UnimplementedMfaServer
	gate *otpgate.Gate
	log  *slog.Logger
}

// VerifyOtp returns the vendor's refusal as a plain error.
func (s *Service) VerifyOtp(ctx context.Context, req *mfapb.VerifyOtpRequest) (*mfapb.VerifyOtpResponse, error) { // want VerifyOtp:`rawexposure\(result 1 raw errorMessage from otpgate.post\)`
	code, reason, err := s.gate.Check(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "verification unavailable")
	}
	if err := otpgate.Reject("check", code, reason); err != nil {
		return nil, err // want `raw SurePassID errorMessage \(from otpgate.post\) returned from a gRPC method: grpc-go sends a non-status error's text to the client`
	}
	return &mfapb.VerifyOtpResponse{Result: mfapb.MfaResult_MFA_RESULT_OK}, nil
}

// backoff retries a delivery while SurePassID reports a database error.
func backoff[T any](ctx context.Context, call func(context.Context) (T, int32, error)) (out T, code int32, err error) {
	for wait := 50 * time.Millisecond; ; wait *= 2 {
		out, code, err = call(ctx)
		if err != nil || code != otpgate.DatabaseError || wait > time.Second {
			return out, code, err
		}
		time.Sleep(wait)
	}
}

// SendCode retries the delivery through a generic helper of the package.
func (s *Service) SendCode(ctx context.Context, req *mfapb.SendCodeRequest) (*mfapb.SendCodeResponse, error) {
	reason, code, err := backoff(ctx, func(ctx context.Context) (string, int32, error) {
		code, reason, err := s.gate.Deliver(ctx, req.User, "sms")
		return reason, code, err
	})
	if err != nil {
		return nil, status.Error(codes.Unavailable, "delivery unavailable")
	}
	if code != otpgate.OK {
		s.log.WarnContext(ctx, "send_oath_otp", "code", code, "reason", reason)     // logged only
		return nil, status.Errorf(codes.FailedPrecondition, "not sent: %s", reason) // want `raw SurePassID errorMessage \(from otpgate.post\) written to the gRPC status message sent to the client`
	}
	return &mfapb.SendCodeResponse{Result: mfapb.MfaResult_MFA_RESULT_OK}, nil
}

// Push retries through the client package's helper, handing it a method
// value.
func (s *Service) Push(ctx context.Context, req *mfapb.SendCodeRequest) (*mfapb.SendCodeResponse, error) {
	deliver := func(ctx context.Context) (int32, string, error) { return s.gate.Deliver(ctx, req.User, "push") }
	code, reason, err := otpgate.Again(ctx, 3, deliver)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "push unavailable")
	}
	if code != otpgate.OK {
		return nil, status.Error(codes.PermissionDenied, "push refused: "+reason) // want `raw SurePassID errorMessage \(from otpgate.post\) written to the gRPC status message sent to the client`
	}
	return &mfapb.SendCodeResponse{Result: mfapb.MfaResult_MFA_RESULT_OK}, nil
}

// resend only compares the code the helper hands back: nothing is sent.
func (s *Service) resend(ctx context.Context, user string) error {
	code, _, err := otpgate.Again(ctx, 2, func(ctx context.Context) (int32, string, error) {
		return s.gate.Deliver(ctx, user, "voice")
	})
	if err != nil || code != otpgate.OK {
		return status.Error(codes.FailedPrecondition, "could not resend the code")
	}
	return nil
}

var errRefused = errors.New("delivery refused")

// emailFallback retries an e-mail delivery through the module's generic
// helper and puts the vendor's text in the status.
func (s *Service) emailFallback(ctx context.Context, user string) error {
	reason, err := retry.Do(ctx, 2, func(ctx context.Context) (string, error) {
		code, reason, err := s.gate.Deliver(ctx, user, "email")
		if err == nil && code != otpgate.OK {
			return reason, errRefused
		}
		return "", err
	})
	if errors.Is(err, errRefused) {
		return status.Error(codes.PermissionDenied, reason) // want `raw SurePassID errorMessage \(from otpgate.post\) written to the gRPC status message sent to the client`
	}
	if err != nil {
		return status.Error(codes.Unavailable, "e-mail delivery unavailable")
	}
	return nil
}
