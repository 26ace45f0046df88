// Package syntaxerr is a WCF-style SurePassID client caught mid-edit: the
// developer is adding a case (`case 9002` with no colon yet), so the file
// does not parse. The fail-open switch is still reported, but no fix is
// offered: -fix must not edit code that is being typed.
package syntaxerr

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

var errBadOTP = errors.New("wrong one-time password")

// Authenticator wraps the proxy.
type Authenticator struct {
	svc   Service
	creds credentials
}

// SignIn reports whether the OTP is good.
func (a *Authenticator) SignIn(ctx context.Context, user, otp string) (bool, error) {
	res, err := a.svc.ValidateOTP(ctx, a.creds, user, otp)
	if err != nil {
		return false, err
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case 9001:
		return false, errBadOTP
	case 9002
	}
	return true, nil
}
