// Package identity serves identity.mfa.v1.Mfa over gRPC, calling SurePassID through an interface of its own (main wires in surepass.New). // want package:"mfapb.VerifyOtpResponse.Detail raw errorMessage from mfapb.VerifyOtpResponse.Detail"
package identity

import (
	"context"
	"fmt"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"rawexposure/vendoriface/mfapb"
	"rawexposure/vendoriface/surepass"
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
}

// New returns a server calling v.
func New(v Vendor) *Server { return &Server{vendor: v} } // want New:`rawexposure\(result 0 from params 0\)`

var _ Vendor = (*surepass.Client)(nil)

// VerifyOtp hands the vendor's code and message back to the caller.
func (s *Server) VerifyOtp(ctx context.Context, req *mfapb.VerifyOtpRequest) (*mfapb.VerifyOtpResponse, error) { // want VerifyOtp:`rawexposure\(result 0 raw errorMessage from surepass.call\)`
	code, msg, err := s.vendor.ValidateOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "vendor unavailable")
	}
	if code != surepass.CodeSuccess {
		return &mfapb.VerifyOtpResponse{Result: mfapb.MfaResult_MFA_RESULT_DENIED, Detail: msg}, nil // want `raw SurePassID errorMessage \(from surepass.call\) returned from a gRPC method as the response sent to the client`
	}
	return &mfapb.VerifyOtpResponse{Result: mfapb.MfaResult_MFA_RESULT_OK}, nil
}

// SendCode puts the vendor's message in the status the caller reads.
func (s *Server) SendCode(ctx context.Context, req *mfapb.SendCodeRequest) (*mfapb.SendCodeResponse, error) {
	code, msg, err := s.vendor.SendSMS(ctx, req.User)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "vendor unavailable")
	}
	if code != surepass.CodeSuccess {
		return nil, status.Errorf(codes.FailedPrecondition, "could not send: %s", msg) // want `raw SurePassID errorMessage \(from surepass.call\) written to the gRPC status message sent to the client`
	}
	return &mfapb.SendCodeResponse{Result: mfapb.MfaResult_MFA_RESULT_OK}, nil
}

// Push tells the caller the vendor's code.
func (s *Server) Push(ctx context.Context, req *mfapb.SendCodeRequest) (*mfapb.SendCodeResponse, error) {
	code, _, err := s.vendor.SendPush(ctx, req.User)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "vendor unavailable")
	}
	if code != surepass.CodeSuccess {
		return nil, status.Error(codes.PermissionDenied, fmt.Sprintf("push refused (%d)", code)) // want `raw SurePassID return code \(from surepass.call\) written to the gRPC status message sent to the client`
	}
	return &mfapb.SendCodeResponse{Result: mfapb.MfaResult_MFA_RESULT_OK}, nil
}
