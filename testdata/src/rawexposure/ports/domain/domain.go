// Package domain is the application's core: the second-factor port and
// the result every adapter returns. It knows nothing of any vendor.
package domain

import "context"

// Check is what a second-factor adapter answers.
type Check struct {
	Approved bool
	// Reason is the adapter's explanation, kept for support.
	Reason string
	// Hint is a short text safe to show the user.
	Hint string
}

// SecondFactor is the port every MFA adapter implements.
type SecondFactor interface {
	VerifyCode(ctx context.Context, user, code string) (Check, error)
}

// Denial is returned when a factor says no.
type Denial struct {
	User   string
	Reason string
}

func (d *Denial) Error() string { return "second factor denied for " + d.User }
