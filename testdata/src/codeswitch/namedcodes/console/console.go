// Package console signs tenant admins in with SurePassID codes looked up
// by their published names.
package console

import (
	"context"
	"errors"

	"codeswitch/namedcodes/sp"
)

var (
	errBadCode = errors.New("the code is not valid")
	errLocked  = errors.New("too many attempts")
)

// Decision is what an SSO policy answer allows.
type Decision int

const (
	Deny Decision = iota
	Allow
	AllowAndWarn
)

// VerifySignIn lets every unlisted failure through.
func VerifySignIn(ctx context.Context, c *sp.Client, user, otp string) error {
	res, err := c.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch res.Code() { // want `fail-open switch over SurePassID return codes`
	case sp.Code("OTPInvalid"), sp.Code("OTPAlreadyUsed"):
		return errBadCode
	case sp.Codes["MaximumFailedOTPRequestsExceeded"]:
		return errLocked
	}
	return nil
}

// VerifyRecovery fails closed.
func VerifyRecovery(ctx context.Context, c *sp.Client, user, otp string) error {
	res, err := c.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch res.Code() {
	case sp.Success:
		return nil
	case sp.Code("OTPInvalid"), sp.Code("OTPAlreadyUsed"):
		return errBadCode
	default:
		return errLocked
	}
}

// ssoDecision maps an SSO policy answer: a plain int compared with codes
// looked up by name is a code.
func ssoDecision(code int) Decision {
	switch code { // want `fail-open switch over SurePassID return codes`
	case sp.Codes["SSOPolicyTimeRestriction"], sp.Codes["SSOPolicyNoDailyAccess"]:
		return Deny
	case sp.Codes["SSOPolicyTimeRestrictionIgnored"]:
		return AllowAndWarn
	}
	return Allow
}

// apiDecision allows Success only.
func apiDecision(code int) Decision {
	switch code {
	case sp.Success:
		return Allow
	case sp.Codes["SSOPolicyTimeRestrictionIgnored"]:
		return AllowAndWarn
	}
	return Deny
}

// SessionValid lets every unlisted failure keep the session.
func SessionValid(res sp.Result) bool { // want SessionValid:"predicate: true when param 0.Code.. is Success, PartnerLoginFailed"
	switch { // want `fail-open switch over SurePassID return codes`
	case res.Code() == sp.Codes["SessionTokenInvalid"]:
		return false
	case res.Code() == sp.Code("SessionTokenDeleteFailed"):
		return false
	}
	return true
}

// Uses keeps the mappings referenced.
var Uses = []any{ssoDecision, apiDecision}

// sizes are a team's own names for page sizes, not codes.
var sizes = map[string]int{"OTPInvalid": 20, "Default": 50}

// pageSize looks a size up by a name that happens to be published.
func pageSize(n int) bool {
	switch n {
	case sizes["OTPInvalid"]:
		return true
	}
	return false
}

var _ = pageSize

// ConfirmRotation words two codes, then refuses every other failure
// through the client's predicate on the answer.
func ConfirmRotation(ctx context.Context, c *sp.Client, user, otp string) error {
	res, err := c.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch res.Code() {
	case sp.Code("OTPInvalid"), sp.Code("OTPAlreadyUsed"):
		return errBadCode
	}
	if !sp.OK(res) {
		return errLocked
	}
	return nil
}
