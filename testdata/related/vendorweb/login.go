// Package vendorweb decides on spsdk.Code, declared in another module (in a
// consumer's build, the module cache): no related information points there.
package vendorweb

import (
	"context"
	"errors"

	"example.com/spsdk"
)

var errDenied = errors.New("denied")

// Verify signs the user in unless the code is one of two.
func Verify(ctx context.Context, c *spsdk.Client, user, otp string) error {
	resp, err := c.Validate(ctx, user, otp)
	if err != nil {
		return err
	}
	switch resp.Code { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 78 more\)`
	case spsdk.OTPInvalid, spsdk.OTPAlreadyUsed:
		return errDenied
	}
	return nil
}
