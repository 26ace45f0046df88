// Package wiredports declares the storefront's ports: interfaces alone,
// implemented by adapters main wires in.
package wiredports

import "context"

// MFA is the second-factor port.
type MFA interface {
	ValidateOTP(ctx context.Context, user, otp string) (int, string, error)
	Ping(ctx context.Context) (int, string, error)
}
