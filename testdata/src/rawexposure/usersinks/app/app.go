// Package app reports sign-in failures through package notify.
package app

import (
	"context"

	"rawexposure/surepass"
	"rawexposure/usersinks/notify"
)

func signIn(ctx context.Context, sp *surepass.Client, b *notify.Banner, user, otp string) {
	if _, err := sp.ValidateOTP(ctx, user, otp); err != nil {
		notify.Audit(ctx, err.Error())
		b.Show(err.Error())                                 // want `raw SurePassID errorMessage \(from surepass.ValidateOTP\) written to the user \(sink Banner.Show from -rawexposure.sinks\)`
		notify.Toast(ctx, "Sign-in failed", err.Error())    // want `raw SurePassID errorMessage \(from surepass.ValidateOTP\) written to the user \(sink Toast from -rawexposure.sinks\)`
		notify.Toast(ctx, "Sign-in failed", "Please retry") // constant: fine
	}
}
