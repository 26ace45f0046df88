package identity

import (
	"context"
	"errors"

	"codeswitch/vendoriface/surepass"
)

var errBadOTP = errors.New("identity: wrong code")

// StepUp re-checks an OTP before a sensitive change: the code comes
// through the Vendor interface, which only *surepass.Client implements
// here, so it is SurePassID's. One failure is refused, every other code
// passes.
func (s *Server) StepUp(ctx context.Context, user, otp string) error {
	code, _, err := s.vendor.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if code == surepass.CodeOTPInvalid { // want `fail-open if-else chain over SurePassID return codes: 82 security-relevant codes fall through unhandled`
		return errBadOTP
	}
	return nil
}

// Reauth refuses every code but Success. Not reported.
func (s *Server) Reauth(ctx context.Context, user, otp string) error {
	code, _, err := s.vendor.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if code == surepass.CodeOTPInvalid {
		return errBadOTP
	} else if code != surepass.CodeSuccess {
		return errors.New("identity: not verified")
	}
	return nil
}

// Enroller checks the OTP of a new device through a function value.
type Enroller struct {
	validate func(ctx context.Context, user, otp string) (int32, string, error)
}

// NewEnroller checks OTPs with c.
func NewEnroller(c *surepass.Client) *Enroller { return &Enroller{validate: c.ValidateOTP} }

// Enroll refuses a replayed OTP and accepts every other code: the field
// holds only the client's method value. Reported.
func (e *Enroller) Enroll(ctx context.Context, user, otp string) error {
	code, _, err := e.validate(ctx, user, otp)
	if err != nil {
		return err
	}
	if code == surepass.CodeOTPAlreadyUsed { // want `fail-open if-else chain over SurePassID return codes: 82 security-relevant codes fall through unhandled`
		return errBadOTP
	}
	return nil
}
