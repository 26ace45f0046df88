// Package turnstile opens the gym's turnstiles: each entrance runs the
// validation's code through a table of reactions its caller builds, and
// a function its caller passes for the codes the table has no row for.
package turnstile

import (
	"context"
	"errors"
	"fmt"
	"time"

	"codeswitch/gates/ssoauth"
)

// Reactions maps a code to what the entrance does for it.
type Reactions[R any] map[ssoauth.Status]func() (R, error)

// route runs the row of rows for code, or pass for a code rows does
// not list: judged at its lookup with the table its one caller builds.
func route[R any](code ssoauth.Status, rows Reactions[R], pass func() (R, error)) (R, error) { // want route:`dispatch\(table 1, key 0, default 2\)`
	if row, found := rows[code]; found { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return row()
	}
	return pass()
}

// Pass is what an open turnstile hands out.
type Pass struct {
	Member string
	Until  time.Time
}

// Gate is one entrance.
type Gate struct {
	SP   ssoauth.Client
	Name string
}

// Enter builds its table in a local, each row by a closure that returns
// the refusal, and passes a function that opens: every code the table
// does not list (a disabled member, a lockout) opens the turnstile.
// Reported in route.
func (g *Gate) Enter(ctx context.Context, member, otp string) (Pass, error) {
	ans, err := g.SP.ValidateOTP(ctx, member, otp)
	if err != nil {
		return Pass{}, err
	}
	refuse := func(why string) func() (Pass, error) {
		return func() (Pass, error) {
			return Pass{}, fmt.Errorf("turnstile %s: %s", g.Name, why)
		}
	}
	rows := Reactions[Pass]{
		ssoauth.StatusOtpInvalid:     refuse("wrong code"),
		ssoauth.StatusOtpAlreadyUsed: refuse("code already used"),
	}
	return route(ans.ErrorCode, rows, func() (Pass, error) {
		return Pass{Member: member, Until: time.Now().Add(2 * time.Hour)}, nil
	})
}

var (
	errLocked  = errors.New("turnstile: member locked")
	errUnknown = errors.New("turnstile: not verified")
)

// locked is a row builder of the package: its row refuses.
func locked[R any](err error) func() (R, error) {
	return func() (R, error) {
		var zero R
		return zero, err
	}
}

// routeStrict opens for Success only and refuses a code its table does
// not list: the table only picks the refusal. Not reported.
func routeStrict[R any](code ssoauth.Status, rows Reactions[R], pass func() (R, error)) (R, error) {
	if code == ssoauth.StatusSuccess {
		return pass()
	}
	if row, ok := rows[code]; ok {
		return row()
	}
	var zero R
	return zero, errUnknown
}

// Staff passes routeStrict a local table of built refusals. Not reported.
func (g *Gate) Staff(ctx context.Context, member, otp string) (Pass, error) {
	ans, err := g.SP.ValidateOTP(ctx, member, otp)
	if err != nil {
		return Pass{}, err
	}
	rows := Reactions[Pass]{
		ssoauth.StatusMaxFailedOtpRequests:     locked[Pass](errLocked),
		ssoauth.StatusPartnerUserLoginDisabled: locked[Pass](errLocked),
	}
	return routeStrict(ans.ErrorCode, rows, func() (Pass, error) { return Pass{Member: member}, nil })
}
