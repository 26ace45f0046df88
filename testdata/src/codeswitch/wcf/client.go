// Package wcf talks to SurePassID the way the WCF samples do: plain int
// ErrorCode and ErrorMsg fields, compared with integer literals.
package wcf

import (
	"context"
	"errors"
)

type credentials struct {
	LoginName string `json:"spAccountLoginName"`
	LoginKey  string `json:"spAccountLoginKey"`
}

// ValidateOTPResult mirrors the WCF ValidateOTP result.
type ValidateOTPResult struct {
	ErrorCode int
	ErrorMsg  string
}

// Service is the generated WCF proxy.
type Service interface {
	ValidateOTP(ctx context.Context, creds credentials, user, otp string) (*ValidateOTPResult, error)
}

var errLocked = errors.New("account locked")

// Authenticator wraps the proxy.
type Authenticator struct {
	svc   Service
	creds credentials
}

// SignIn reports whether the OTP is good. Unlisted codes sign in.
func (a *Authenticator) SignIn(ctx context.Context, user, otp string) (bool, error) {
	res, err := a.svc.ValidateOTP(ctx, a.creds, user, otp)
	if err != nil {
		return false, err
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 77 more\)`
	case 9002, 9003:
		return false, nil
	case 9015:
		return false, errLocked
	}
	return true, nil
}

// SignInDefault has a default that signs in.
func (a *Authenticator) SignInDefault(ctx context.Context, user, otp string) bool {
	res, err := a.svc.ValidateOTP(ctx, a.creds, user, otp)
	if err != nil {
		return false
	}
	switch code := res.ErrorCode; code { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall into a default`
	case 9003:
		return false
	default:
		return true
	}
}

// SignInChain is an if-else chain with an else that signs in.
func (a *Authenticator) SignInChain(ctx context.Context, user, otp string) bool {
	res, err := a.svc.ValidateOTP(ctx, a.creds, user, otp)
	if err != nil {
		return false
	}
	if res.ErrorCode == 9003 { // want `fail-open if-else chain over SurePassID return codes: 82 security-relevant codes fall into a final else that does not fail closed`
		return false
	} else {
		return true
	}
}

// SignInStrict is an allow-list over literals: not reported.
func (a *Authenticator) SignInStrict(ctx context.Context, user, otp string) (bool, error) {
	res, err := a.svc.ValidateOTP(ctx, a.creds, user, otp)
	if err != nil {
		return false, err
	}
	switch res.ErrorCode {
	case 0:
		return true, nil
	case 9015:
		return false, errLocked
	}
	return false, errors.New("sign-in failed")
}
