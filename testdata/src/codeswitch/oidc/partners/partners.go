// Package partners signs in the users of partner tenants, whose server
// only speaks SOAP, and returns the outcome to the login flow as data.
package partners

import (
	"context"

	"codeswitch/oidc/surepasssoap"
)

// Outcome is what the login flow does next.
type Outcome struct {
	Granted bool
	Page    string
	Code    int32
}

// Gate signs partner users in.
type Gate struct{ Port surepasssoap.Port }

// Check refuses the codes it knows by returning the outcome before the
// grant; every other code, a lockout among them, is granted.
func (g *Gate) Check(ctx context.Context, user, pw, otp string) (Outcome, error) {
	rep, err := g.Port.ValidateUserAndOTP(ctx, user, pw, otp)
	if err != nil {
		return Outcome{}, err
	}
	out := Outcome{Code: rep.ErrorCode}
	if rep.ErrorCode == 9001 { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		out.Page = "password"
		return out, nil
	} else if rep.ErrorCode == 9003 || rep.ErrorCode == 9030 {
		out.Page = "otp"
		return out, nil
	}
	out.Granted = true
	return out, nil
}

// CheckPtr is the same through a pointer declared with var.
func (g *Gate) CheckPtr(ctx context.Context, user, pw, otp string) *Outcome {
	rep, err := g.Port.ValidateUserAndOTP(ctx, user, pw, otp)
	if err != nil {
		return nil
	}
	var out Outcome
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case 9002:
		out.Page = "replayed"
		return &out
	}
	out.Granted = true
	return &out
}

// CheckStrict grants Success only: fail-closed.
func (g *Gate) CheckStrict(ctx context.Context, user, pw, otp string) (Outcome, error) {
	rep, err := g.Port.ValidateUserAndOTP(ctx, user, pw, otp)
	if err != nil {
		return Outcome{}, err
	}
	out := Outcome{Code: rep.ErrorCode}
	if rep.ErrorCode == 9001 {
		out.Page = "password"
		return out, nil
	} else if rep.ErrorCode != 0 {
		out.Page = "failed"
		return out, nil
	}
	out.Granted = true
	return out, nil
}

// CheckPreset starts granted: the listed code's return is no refusal,
// and nothing is reported (the flag was true before the dispatch).
func (g *Gate) CheckPreset(ctx context.Context, user, pw, otp string) (Outcome, error) {
	rep, err := g.Port.ValidateUserAndOTP(ctx, user, pw, otp)
	if err != nil {
		return Outcome{}, err
	}
	out := Outcome{Granted: true}
	if rep.ErrorCode == 9002 {
		out.Page = "replayed"
		return out, nil
	}
	out.Granted = true
	return out, nil
}

// CheckWaived grants the listed code on purpose before returning it (a
// policy waiver): no clause refuses, nothing is reported.
func (g *Gate) CheckWaived(ctx context.Context, user, pw, otp string) (Outcome, error) {
	rep, err := g.Port.ValidateUserAndOTP(ctx, user, pw, otp)
	if err != nil {
		return Outcome{}, err
	}
	var out Outcome
	if rep.ErrorCode == 9061 {
		out.Granted = true
		out.Page = "waived"
		return out, nil
	}
	out.Granted = true
	return out, nil
}

// CheckFresh returns another value than the one Success grants: the
// listed code's outcome is built from a call, nothing is concluded.
func (g *Gate) CheckFresh(ctx context.Context, user, pw, otp string) (Outcome, error) {
	rep, err := g.Port.ValidateUserAndOTP(ctx, user, pw, otp)
	if err != nil {
		return Outcome{}, err
	}
	out := g.preset(user)
	if rep.ErrorCode == 9002 {
		out.Page = "replayed"
		return out, nil
	}
	out.Granted = true
	return out, nil
}

func (g *Gate) preset(user string) Outcome { return Outcome{Page: user} }
