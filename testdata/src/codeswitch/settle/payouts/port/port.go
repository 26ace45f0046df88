// Package port declares what the payout service needs from a second
// factor, without naming any vendor.
package port

import "context"

// Check is a second factor's answer, vendor-neutral: VendorCode is the
// provider's own number.
type Check struct {
	Vendor     string
	VendorCode int
	Note       string
}

// SecondFactor verifies one-time codes.
type SecondFactor interface {
	Check(ctx context.Context, user, otp string) (Check, error)
}
