package rewards // want package:`rawexposure\(fields rawexposure/strict/rewardsapi.ErrorBody.Detail raw errorMessage from rewardsapi.ErrorBody.Detail\)`

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/strict/rewardsapi"
)

// Redeem spends points after an OTP check.
func (s *Server) Redeem(ctx context.Context, req rewardsapi.RedeemRequestObject) (rewardsapi.RedeemResponseObject, error) { // want Redeem:`rawexposure\(result 0 raw errorMessage from rewards.Redeem\)`
	b := req.Body
	resp, err := s.SP.ValidateOTP(ctx, b.Member, b.Otp)
	if err != nil {
		return nil, fmt.Errorf("redeem: %w", err) // hidden by onResponseError
	}
	if resp.ErrorCode == 4 {
		return rewardsapi.Redeem401JSONResponse{Detail: resp.ErrorMessage}, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a strict handler as the response sent to the client`
	}
	if resp.ErrorCode != 0 {
		body := rewardsapi.Redeem409JSONResponse{Detail: fmt.Sprintf("redeem refused: %s", resp.ErrorMessage)}
		return body, nil // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from a strict handler as the response sent to the client`
	}
	voucher, err := s.Ledger.Spend(ctx, b.Member, b.Points)
	if err != nil {
		return nil, err
	}
	return rewardsapi.Redeem200JSONResponse{Voucher: voucher, Points: b.Points}, nil
}

// Unlock verifies the member and lifts a lock; the middleware reports the
// failure.
func (s *Server) Unlock(ctx context.Context, req rewardsapi.UnlockRequestObject) (rewardsapi.UnlockResponseObject, error) { // want Unlock:`rawexposure\(result 1 raw errorMessage from spclient.ConfirmOTP\)`
	if err := s.Locks.ConfirmOTP(ctx, req.Member, ""); err != nil {
		return nil, err // the middleware turns it into a client error (reported there)
	}
	return rewardsapi.Unlock204Response{}, nil
}

// redeemMapped is a second version of Redeem the way it should be written:
// the mapped message, the raw one only logged.
func (s *Server) redeemMapped(ctx context.Context, req rewardsapi.RedeemRequestObject) (rewardsapi.RedeemResponseObject, error) {
	resp, err := s.SP.ValidateOTP(ctx, req.Body.Member, req.Body.Otp)
	if err != nil {
		return rewardsapi.Redeem502JSONResponse{Detail: "verification is unavailable"}, nil
	}
	if resp.ErrorCode != 0 {
		log.Printf("validate_oath_otp %d: %s", resp.ErrorCode, resp.ErrorMessage)
		return rewardsapi.Redeem401JSONResponse{Detail: codes.UserMessage(codes.ReturnCode(resp.ErrorCode))}, nil
	}
	return rewardsapi.Redeem200JSONResponse{Points: req.Body.Points}, nil
}

// lockedError is returned through the error path with a fixed Detail.
func lockedError(err error) error {
	return &clientError{Status: http.StatusLocked, Detail: "account locked", Trace: err.Error(), cause: err}
}
