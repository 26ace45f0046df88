// Package devices is the terminal's device enrollment service over gRPC:
// it binds a token to a cashier and reports it trusted.
package devices

import (
	"context"
	"log/slog"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"codeswitch/rejects/otpkit"
	"codeswitch/rejects/rpcerr"
)

// EnrollRequest and EnrollReply are the generated messages.
type EnrollRequest struct{ Cashier, Serial string }

type EnrollReply struct {
	DeviceID string
	Trusted  bool
}

// Server implements the enrollment service.
type Server struct {
	Kiosk *otpkit.Terminal
	Log   *slog.Logger
}

// enrollError is the status of a refused enrollment, with the vendor's
// code attached in its details.
func enrollError(c codes.Code, reason string, vendorCode otpkit.Status) error {
	return rpcerr.Refused(c, reason, int(vendorCode))
}

// lockedError is the status of a locked cashier.
func (s *Server) lockedError() error {
	err := status.Error(codes.ResourceExhausted, "locked")
	return err
}

// Enroll refuses the wrong-code answers through a builder handed the
// code, and trusts the token for every other answer: reported.
func (s *Server) Enroll(ctx context.Context, req *EnrollRequest) (*EnrollReply, error) {
	rep, err := s.Kiosk.Check(ctx, req.Cashier, req.Serial)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "try again")
	}
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpkit.StatusOTPInvalid, otpkit.StatusBogusOTP:
		return nil, enrollError(codes.NotFound, "DEVICE_UNKNOWN", rep.ErrorCode)
	case otpkit.StatusOTPUsed:
		return nil, enrollError(codes.AlreadyExists, "DEVICE_TAKEN", rep.ErrorCode)
	}
	return &EnrollReply{DeviceID: req.Serial, Trusted: true}, nil
}

// Reenroll refuses through another package's builder, wrapped, and a
// method building a status: reported.
func (s *Server) Reenroll(ctx context.Context, req *EnrollRequest) (*EnrollReply, error) {
	rep, err := s.Kiosk.Check(ctx, req.Cashier, req.Serial)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "try again")
	}
	if rep.ErrorCode == otpkit.StatusOTPUsed { // want `fail-open if-else chain over SurePassID return codes`
		return nil, rpcerr.Wrap("reenroll", rpcerr.Refused(codes.AlreadyExists, "DEVICE_TAKEN", int(rep.ErrorCode)))
	} else if rep.ErrorCode == otpkit.StatusMaxOTPFailures {
		return nil, s.lockedError()
	}
	return &EnrollReply{DeviceID: req.Serial, Trusted: true}, nil
}

// Retire refuses the wrong codes by name and every other failure through
// a builder in the default: not reported.
func (s *Server) Retire(ctx context.Context, req *EnrollRequest) (*EnrollReply, error) {
	rep, err := s.Kiosk.Check(ctx, req.Cashier, req.Serial)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "try again")
	}
	switch rep.ErrorCode {
	case otpkit.StatusSuccess:
		return &EnrollReply{DeviceID: req.Serial}, nil
	case otpkit.StatusOTPInvalid, otpkit.StatusBogusOTP:
		return nil, enrollError(codes.NotFound, "DEVICE_UNKNOWN", rep.ErrorCode)
	default:
		return nil, enrollError(codes.FailedPrecondition, "REFUSED", rep.ErrorCode)
	}
}

// Inspect lets the mapping decide: FromCode is nil for success only, so
// what a listed code gets is the helper's answer, and nothing is concluded
// from the switch: not reported.
func (s *Server) Inspect(ctx context.Context, req *EnrollRequest) (*EnrollReply, error) {
	rep, err := s.Kiosk.Check(ctx, req.Cashier, req.Serial)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "try again")
	}
	switch rep.ErrorCode {
	case otpkit.StatusOTPInvalid, otpkit.StatusBogusOTP:
		s.Log.WarnContext(ctx, "inspect refused", "code", int(rep.ErrorCode))
		return nil, rpcerr.FromCode(int(rep.ErrorCode))
	}
	return &EnrollReply{DeviceID: req.Serial}, nil
}
