// Package wired reaches its MFA vendor through abstractions of its own;
// main wires the concrete client in from a package this one never
// imports.
package wired // want "relevant package"

import (
	"context"

	"spidifaces/wiredcodes"
)

// Sessions is what the storefront asks the vendor about sessions: the
// names are the published operations.
type Sessions interface {
	IsSessionTokenValid(ctx context.Context, tokenID string) (int, string, error)
	CreateSessionToken(ctx context.Context, user string) (token string, code int, msg string, err error)
}

// Factor is the SurePassID second-factor check, under a name of the
// team's own.
type Factor interface {
	Check(ctx context.Context, user, otp string) (int64, string, error)
}

// Verdict is what the step-up check answers.
type Verdict struct {
	Code   int
	Reason string
	At     int64
}

// StepUp verifies an OTP, answering a struct.
type StepUp interface {
	VerifyOTP(ctx context.Context, user, otp string) (*Verdict, error)
}

// Ledger answers codes of the team's own: no operation's name, no vendor
// named, no published constants compared.
type Ledger interface {
	Do(ctx context.Context, op string) (int, string, error)
}

// Texter is an SMS gateway whose method happens to be named like an
// operation: its codes are compared with the gateway's own constants.
type Texter interface {
	SendOTP(ctx context.Context, phone, body string) (int, string, error)
}

const (
	smsAccepted     = 0
	gatewayRejected = 9003
)

// Service holds the abstractions.
type Service struct {
	sessions Sessions
	factor   Factor
	stepUp   StepUp
	ledger   Ledger
	texter   Texter
	// sp is the SurePassID surface, an interface literal.
	sp interface {
		PushOTP(ctx context.Context, user string) (int32, string, error)
	}
	validate func(ctx context.Context, user, otp string) (int, string, error)
	send     func(ctx context.Context, user string) (int, string, error)
	resend   func(ctx context.Context, user string) (int, string, error) // SurePassID's send_oath_otp
}

// New wires the dependencies main hands in.
func New(s Sessions, f Factor, u StepUp, l Ledger, t Texter, validate func(ctx context.Context, user, otp string) (int, string, error)) *Service {
	return &Service{sessions: s, factor: f, stepUp: u, ledger: l, texter: t, validate: validate}
}

func (s *Service) run(ctx context.Context) {
	code, msg, _ := s.sessions.IsSessionTokenValid(ctx, "t") // want "call is code" "operation code,message,none"
	_, _ = code, msg
	_, _, _, _ = s.sessions.CreateSessionToken(ctx, "u") // want "operation none,code,message,none"
	_, _, _ = s.factor.Check(ctx, "u", "1")              // want "call is code" "operation code,message,none"
	v, _ := s.stepUp.VerifyOTP(ctx, "u", "1")
	_ = v.Code   // want "role code"
	_ = v.Reason // want "role message"
	_ = v.At
	_, _, _ = s.ledger.Do(ctx, "x")
	n, _, _ := s.texter.SendOTP(ctx, "555", "hi")
	_ = n == gatewayRejected || n == smsAccepted
	_, _, _ = s.sp.PushOTP(ctx, "u")     // want "call is code" "operation code,message,none"
	c, _, _ := s.validate(ctx, "u", "1") // want "call is code" "operation code,message,none"
	switch c {
	case wiredcodes.OtpInvalid, wiredcodes.BogusOtp:
	}
	_, _, _ = s.send(ctx, "u")
	_, _, _ = s.resend(ctx, "u") // want "call is code" "operation code,message,none"
}

// ledgerCodes compares Do's code with one constant named loosely like a
// code: too little to make Do an operation.
func (s *Service) ledgerCodes(ctx context.Context) {
	code, _, _ := s.ledger.Do(ctx, "y")
	if code == wiredcodes.LoginFailedInvalidToken {
		return
	}
}

// SurePassAPI names the vendor in the interface's name.
type SurePassAPI interface {
	Call(ctx context.Context, op string) (int, string, error)
}

// Legacy prefixes the operations.
type Legacy interface {
	SPValidateUser(ctx context.Context, user, password string) (int, string, error)
}

// Embedded promotes the operations of the interface it embeds.
type Embedded struct {
	Sessions
	api    SurePassAPI
	legacy Legacy
}

func (e *Embedded) run(ctx context.Context) {
	_, _, _ = e.IsSessionTokenValid(ctx, "t")        // want "call is code" "operation code,message,none"
	_, _, _ = e.api.Call(ctx, "validate_user")       // want "call is code" "operation code,message,none"
	_, _, _ = e.legacy.SPValidateUser(ctx, "u", "p") // want "call is code" "operation code,message,none"
}
