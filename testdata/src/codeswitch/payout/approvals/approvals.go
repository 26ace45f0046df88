// Package approvals implements the payout API: an approver confirms a
// batch with an OTP.
package approvals

import (
	"context"

	"codeswitch/payout/papi"
	"codeswitch/payout/spgate"
)

// Service implements papi.Handler.
type Service struct {
	SP       *spgate.Client
	released map[string]bool
}

// Approve rejects three OTP failures with a Problem (written as 403) and
// releases the batch for every other code.
func (s *Service) Approve(ctx context.Context, req *papi.ApproveRequest) (papi.ApproveRes, error) {
	res, err := s.SP.VerifyOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, err
	}
	switch res.Code { // want `fail-open switch over SurePassID return codes`
	case spgate.OtpInvalid, spgate.BogusOtp:
		return &papi.Problem{Title: "invalid code"}, nil
	case spgate.SendOtpExpired:
		return &papi.Problem{Title: "code expired"}, nil
	}
	s.released[req.User] = true
	return &papi.Approved{Batch: "b-1"}, nil
}

// ApproveClosed rejects every code but Success: quiet.
func (s *Service) ApproveClosed(ctx context.Context, req *papi.ApproveRequest) (papi.ApproveRes, error) {
	res, err := s.SP.VerifyOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, err
	}
	switch res.Code {
	case spgate.Success:
	case spgate.SendOtpExpired:
		return &papi.Problem{Title: "code expired"}, nil
	default:
		return &papi.Problem{Title: "not verified"}, nil
	}
	s.released[req.User] = true
	return &papi.Approved{Batch: "b-1"}, nil
}

// Resume returns a Problem its encoder writes with 200: a message, not a
// rejection, so the switch decides nothing to report.
func (s *Service) Resume(ctx context.Context, req *papi.ApproveRequest) (papi.ResumeRes, error) {
	res, err := s.SP.VerifyOTP(ctx, req.User, req.Otp)
	if err != nil {
		return nil, err
	}
	switch res.Code {
	case spgate.DatabaseError:
		return &papi.Problem{Title: "try again"}, nil
	}
	return &papi.Pending{Retry: 5}, nil
}
