// Package verify calls SurePassID through its own interface and a func
// field.
package verify // want "relevant package"

import (
	"context"

	"spidifaces/spclient"
)

// Vendor is implemented, in view, by *spclient.Client alone.
type Vendor interface {
	ValidateOTP(ctx context.Context, user, otp string) (code int32, msg string, err error)
	SendSMS(ctx context.Context, user string) (code int32, msg string, err error)
}

// Service holds the vendor and a function value of it.
type Service struct {
	V     Vendor
	check func(ctx context.Context, user, otp string) (int32, string, error)
	label func() string
}

// New wires c in.
func New(c *spclient.Client) *Service {
	return &Service{V: c, check: c.ValidateOTP, label: func() string { return "sp" }}
}

func (s *Service) run(ctx context.Context) {
	code, _, _ := s.V.ValidateOTP(ctx, "u", "1") // want "call is code"
	_ = code
	_, _, _ = s.V.SendSMS(ctx, "u")  // want "call is code"
	_, _, _ = s.check(ctx, "u", "1") // want "call is code"
	_ = s.label()
}

// retry calls check, which every call site gives the client's method.
func retry(ctx context.Context, check func(ctx context.Context, user, otp string) (int32, string, error)) {
	_, _, _ = check(ctx, "u", "1") // want "call is code"
}

// twice calls fn, given a client's method and a closure: nothing.
func twice(ctx context.Context, fn func(ctx context.Context, user, otp string) (int32, string, error)) {
	_, _, _ = fn(ctx, "u", "1")
}

func wire(ctx context.Context, c *spclient.Client) {
	retry(ctx, c.ValidateOTP)
	twice(ctx, c.ValidateOTP)
	twice(ctx, func(ctx context.Context, user, otp string) (int32, string, error) { return 0, "", nil })
}
