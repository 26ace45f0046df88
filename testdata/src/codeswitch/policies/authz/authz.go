package authz

import (
	"context"

	"codeswitch/policies/spclient"
)

// Policy validates a code with SurePassID and decides.
type Policy struct {
	SP *spclient.Client
}

// Login is what the handlers call.
func (p *Policy) Login(ctx context.Context, user, otp string) (Decision, error) {
	resp, err := p.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Decision{}, err
	}
	return decideLogin(resp.ErrorCode), nil
}

// StepUp checks a step-up code.
func (p *Policy) StepUp(ctx context.Context, user, otp string) (Decision, error) {
	resp, err := p.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Decision{}, err
	}
	return decideStepUp(resp.ErrorCode), nil
}
