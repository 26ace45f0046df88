// Package txsign signs wire transfers and card changes with a SurePassID
// one-time password, deciding with the bank's policy engine.
package txsign

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/lists/policy"
	"codeswitch/lists/spcodes"
)

// Reply is SurePassID's answer.
type Reply struct {
	ErrorCode    int32  `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Signer validates a transaction-signing password.
type Signer interface {
	Sign(ctx context.Context, user, otp string) (*Reply, error)
}

// wirePolicy leaves Success, and every answer its rules do not list, to
// Permit.
var wirePolicy = policy.Table{
	Rules: []policy.Rule{
		{Name: "bad-otp", When: policy.AnyOf(spcodes.OtpInvalid, spcodes.BogusOtp), Then: policy.Reject},
		{Name: "locked", When: policy.OneOf([]int32{spcodes.MaxFailedOtpRequests, spcodes.UserLoginDisabled}), Then: policy.Freeze},
	},
	Otherwise: policy.Permit,
}

// cardPolicy permits Success by a rule and rejects the rest.
var cardPolicy = policy.Table{
	Rules: []policy.Rule{
		{Name: "ok", When: policy.AnyOf(spcodes.Success), Then: policy.Permit},
		{Name: "throttled", When: policy.InRange(spcodes.MaxFailedOtpRequests, spcodes.BogusOtp), Then: policy.Freeze},
	},
	Otherwise: policy.Reject,
}

// limitPolicy's matcher is written in place; the rest is permitted.
var limitPolicy = policy.Table{
	Rules: []policy.Rule{
		{Name: "replay", When: func(c int32) bool { return c == spcodes.OtpAlreadyUsed || c == spcodes.OtpInvalid }, Then: policy.StepUp},
	},
	Otherwise: policy.Permit,
}

// payeeLadder lists answers per step; the rest is permitted.
var payeeLadder = policy.Ladder{
	Steps: []policy.Step{
		{Answers: []int32{spcodes.OtpInvalid, spcodes.LoginFailedInvalidOtp}, Then: policy.StepUp},
		{Answers: []int32{spcodes.UserLoginFailed}, Then: policy.Reject},
	},
	Default: policy.Permit,
}

// strictLadder lists Success and rejects the rest.
var strictLadder = policy.Ladder{
	Steps: []policy.Step{
		{Answers: []int32{spcodes.Success}, Then: policy.Permit},
		{Answers: []int32{spcodes.OtpInvalid}, Then: policy.StepUp},
	},
	Default: policy.Reject,
}

// gatewayPolicy reads the card network's HTTP statuses, not SurePassID's.
var gatewayPolicy = policy.Table{
	Rules: []policy.Rule{
		{Name: "denied", When: policy.AnyOf(http.StatusUnauthorized, http.StatusForbidden), Then: policy.Reject},
	},
	Otherwise: policy.Permit,
}

// ledgerPolicy is shared by pointer; the rest is permitted.
var ledgerPolicy = &policy.Table{
	Rules: []policy.Rule{
		{Name: "bad-otp", When: policy.AnyOf(spcodes.OtpInvalid, spcodes.OtpAlreadyUsed, spcodes.BogusOtp), Then: policy.Reject},
	},
	Otherwise: policy.Permit,
}

// Service signs transactions.
type Service struct{ SP Signer }

// Wire signs a transfer. Reported.
func (s *Service) Wire(ctx context.Context, user, otp string) (policy.Decision, error) {
	rep, err := s.SP.Sign(ctx, user, otp)
	if err != nil {
		return policy.Reject, err
	}
	return wirePolicy.Evaluate(rep.ErrorCode), nil // want `fail-open table lookup over SurePassID return codes: wirePolicy.Evaluate gives policy.Permit, Success's value, to \d+ security-relevant codes the rules of wirePolicy do not list`
}

// Card signs a card change. Quiet.
func (s *Service) Card(ctx context.Context, user, otp string) (policy.Decision, error) {
	rep, err := s.SP.Sign(ctx, user, otp)
	if err != nil {
		return policy.Reject, err
	}
	return cardPolicy.Evaluate(rep.ErrorCode), nil
}

// Limit raises a card limit. Reported.
func (s *Service) Limit(ctx context.Context, user, otp string) bool {
	rep, err := s.SP.Sign(ctx, user, otp)
	if err != nil {
		return false
	}
	d := limitPolicy.Evaluate(rep.ErrorCode) // want `fail-open table lookup over SurePassID return codes: limitPolicy.Evaluate gives policy.Permit`
	return d == policy.Permit
}

// Payee adds a payee. Reported.
func (s *Service) Payee(ctx context.Context, user, otp string) policy.Decision {
	rep, err := s.SP.Sign(ctx, user, otp)
	if err != nil {
		return policy.Reject
	}
	d, _ := payeeLadder.Resolve(rep.ErrorCode) // want `fail-open table lookup over SurePassID return codes: payeeLadder.Resolve gives policy.Permit`
	return d
}

// Beneficiary adds a beneficiary with the strict ladder. Quiet.
func (s *Service) Beneficiary(ctx context.Context, user, otp string) policy.Decision {
	rep, err := s.SP.Sign(ctx, user, otp)
	if err != nil {
		return policy.Reject
	}
	d, _ := strictLadder.Resolve(rep.ErrorCode)
	return d
}

// Ledger exports the ledger. Reported.
func (s *Service) Ledger(ctx context.Context, user, otp string) error {
	rep, err := s.SP.Sign(ctx, user, otp)
	if err != nil {
		return err
	}
	if ledgerPolicy.Evaluate(rep.ErrorCode) == policy.Reject { // want `fail-open table lookup over SurePassID return codes: ledgerPolicy.Evaluate gives policy.Permit`
		return errSign
	}
	return nil
}

var errSign = errors.New("signature refused")

// Network reads the card network's status. Quiet.
func Network(status int32) policy.Decision {
	return gatewayPolicy.Evaluate(status)
}
