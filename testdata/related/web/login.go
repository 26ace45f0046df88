// Package web decides on surepass.Code, declared in another package of the
// same module: the related information points at its PartnerLoginFailed.
package web

import (
	"context"
	"errors"

	"example.com/portal/surepass"
)

var errDenied = errors.New("denied")

// Verify signs the user in unless the code is one of two.
func Verify(ctx context.Context, c *surepass.Client, user, otp string) error {
	resp, err := c.Validate(ctx, user, otp)
	if err != nil {
		return err
	}
	switch resp.Code { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 78 more\)`
	case surepass.OTPInvalid, surepass.OTPAlreadyUsed:
		return errDenied
	}
	return nil
}
