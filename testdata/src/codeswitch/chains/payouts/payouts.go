// Package payouts approves payouts behind an OTP, over gRPC.
package payouts

import (
	"context"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"codeswitch/chains/surepass"
)

// ApproveRequest asks for a payout.
type ApproveRequest struct {
	User, Otp, Payout string
}

// ApproveReply answers it.
type ApproveReply struct {
	Approved bool
}

// Server serves the payout RPCs.
type Server struct {
	SP       *surepass.Client
	released map[string]bool
}

// Approve reads the code as the field first, then through the accessor
// and its predicate: one dispatch, three lockouts and the invalid OTP
// listed, every other failure approves.
func (s *Server) Approve(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	r, err := s.SP.Validate(ctx, in.User, in.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if r.Code == uint32(surepass.RcOtpInvalid) { // want `fail-open if-else chain over SurePassID return codes`
		return nil, status.Error(codes.PermissionDenied, "invalid code")
	} else if r.Result().Locked() {
		return nil, status.Error(codes.PermissionDenied, "locked")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// Release reads the mirror through the accessor first, then the field
// converted: the same code, one dispatch.
func (s *Server) Release(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	r, err := s.SP.Validate(ctx, in.User, in.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if r.Result() == surepass.RcOtpInvalid { // want `fail-open if-else chain over SurePassID return codes`
		return nil, status.Error(codes.PermissionDenied, "invalid code")
	} else if r.Code == uint32(surepass.RcOtpReplay) {
		return nil, status.Error(codes.PermissionDenied, "code already used")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// Resend converts the field in one link and not in the other.
func (s *Server) Resend(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	r, err := s.SP.Validate(ctx, in.User, in.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if int(r.Code) == int(surepass.RcOtpInvalid) { // want `fail-open if-else chain over SurePassID return codes`
		return nil, status.Error(codes.PermissionDenied, "invalid code")
	} else if r.Code == uint32(surepass.RcOtpReplay) {
		return nil, status.Error(codes.PermissionDenied, "code already used")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// Batch is the switch-true form of Approve.
func (s *Server) Batch(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	r, err := s.SP.Validate(ctx, in.User, in.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	switch { // want `fail-open switch over SurePassID return codes`
	case r.Code == uint32(surepass.RcOtpInvalid):
		return nil, status.Error(codes.PermissionDenied, "invalid code")
	case r.Result().Locked():
		return nil, status.Error(codes.PermissionDenied, "locked")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// Confirm reads the push answer by its accessor, then by its field.
func (s *Server) Confirm(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	res, err := s.SP.Push(ctx, in.User)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if res.Code() == int(surepass.RcUserLockout) { // want `fail-open if-else chain over SurePassID return codes`
		return nil, status.Error(codes.PermissionDenied, "locked")
	} else if res.ErrorCode == int(surepass.RcLoginFailed) {
		return nil, status.Error(codes.PermissionDenied, "denied")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// ApproveStrict is Approve's fail-closed twin: the last link refuses
// every code but success, whatever its spelling. Quiet.
func (s *Server) ApproveStrict(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	r, err := s.SP.Validate(ctx, in.User, in.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if r.Code == uint32(surepass.RcOtpInvalid) {
		return nil, status.Error(codes.PermissionDenied, "invalid code")
	} else if r.Result().Locked() {
		return nil, status.Error(codes.PermissionDenied, "locked")
	} else if !r.Result().OK() {
		return nil, status.Error(codes.PermissionDenied, "denied")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// ConfirmStrict mixes the push answer's spellings and refuses every
// failure in its last link. Quiet.
func (s *Server) ConfirmStrict(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	res, err := s.SP.Push(ctx, in.User)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	switch {
	case res.Code() == int(surepass.RcUserLockout):
		return nil, status.Error(codes.PermissionDenied, "locked")
	case res.ErrorCode != int(surepass.RcSuccess):
		return nil, status.Error(codes.PermissionDenied, "denied")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// TwoAnswers tests two different answers, the push's and the OTP's: not
// one dispatch. The OTP's own if refuses every failure: quiet.
func (s *Server) TwoAnswers(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	push, err := s.SP.Push(ctx, in.User)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	r, err := s.SP.Validate(ctx, in.User, in.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if push.Code() != int(surepass.RcSuccess) {
		return nil, status.Error(codes.PermissionDenied, "push refused")
	} else if r.Result() != surepass.RcSuccess {
		return nil, status.Error(codes.PermissionDenied, "denied")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// Hold reads the field, then a predicate of the reply itself.
func (s *Server) Hold(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	r, err := s.SP.Validate(ctx, in.User, in.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if r.Code == uint32(surepass.RcOtpInvalid) { // want `fail-open if-else chain over SurePassID return codes`
		return nil, status.Error(codes.PermissionDenied, "invalid code")
	} else if r.LockedOut() {
		return nil, status.Error(codes.PermissionDenied, "locked")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// Unlock reads a predicate of the envelope, then its accessor.
func (s *Server) Unlock(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	res, err := s.SP.Push(ctx, in.User)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if res.Rejected() { // want `fail-open if-else chain over SurePassID return codes`
		return nil, status.Error(codes.PermissionDenied, "denied")
	} else if res.Code() == int(surepass.RcUserLockout) {
		return nil, status.Error(codes.PermissionDenied, "locked")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// HoldStrict is Hold's fail-closed twin as a tagless switch: the reply's
// predicate lists the lockouts, the last case refuses every failure.
// Quiet.
func (s *Server) HoldStrict(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	r, err := s.SP.Validate(ctx, in.User, in.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	switch {
	case r.Code == uint32(surepass.RcOtpInvalid):
		return nil, status.Error(codes.PermissionDenied, "invalid code")
	case r.LockedOut():
		return nil, status.Error(codes.PermissionDenied, "locked")
	case r.Code != uint32(surepass.RcSuccess):
		return nil, status.Error(codes.PermissionDenied, "denied")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// UnlockStrict is Unlock's fail-closed twin. Quiet.
func (s *Server) UnlockStrict(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	res, err := s.SP.Push(ctx, in.User)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if res.Rejected() {
		return nil, status.Error(codes.PermissionDenied, "denied")
	} else if res.Code() != int(surepass.RcSuccess) {
		return nil, status.Error(codes.PermissionDenied, "not approved")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}

// PushThenOTP starts a chain with a predicate of the push answer and
// goes on with the OTP answer's code: two answers, not one dispatch (the
// push's predicate lists nothing of the OTP's code). The push was
// refused on any failure before, and the OTP's link refuses every
// failure. Quiet.
func (s *Server) PushThenOTP(ctx context.Context, in *ApproveRequest) (*ApproveReply, error) {
	push, err := s.SP.Push(ctx, in.User)
	if err != nil || push.Code() != int(surepass.RcSuccess) {
		return nil, status.Error(codes.Unavailable, "push not approved")
	}
	r, err := s.SP.Validate(ctx, in.User, in.Otp)
	if err != nil {
		return nil, status.Error(codes.Unavailable, "mfa unavailable")
	}
	if push.Rejected() {
		return nil, status.Error(codes.PermissionDenied, "push refused")
	} else if r.Result() != surepass.RcSuccess {
		return nil, status.Error(codes.PermissionDenied, "denied")
	}
	s.released[in.Payout] = true
	return &ApproveReply{Approved: true}, nil
}
