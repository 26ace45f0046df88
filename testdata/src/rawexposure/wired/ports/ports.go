// Package ports declares the shop's ports: interfaces alone, implemented
// by adapters main wires in.
package ports

import "context"

// OTP is the one-time-password port.
type OTP interface {
	SendOTP(ctx context.Context, user, method string) (int, string, error)
}
