// Package stepup grants the support desk's step-up tickets through
// generic helpers that run, for a code, the handler a table of its
// caller holds.
package stepup

import (
	"errors"

	"codeswitch/denyset/mfa"
)

var (
	errPushDenied = errors.New("push denied")
	errLocked     = errors.New("account locked")
)

// decide runs the handler the table holds for code, and grant for every
// other code: the table is a deny set, as StepUp's table leaves failures
// out. Reported at the lookup, with StepUp's table as related
// information.
func decide[T any](code mfa.Outcome, handlers map[mfa.Outcome]func() (T, error), grant func() (T, error)) (T, error) { // want decide:`dispatch\(table 1, key 0, default 2\)`
	if h, ok := handlers[code]; ok { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return h()
	}
	return grant()
}

// Ticket is what a successful step-up grants.
type Ticket struct{ User string }

// StepUp passes decide a table of two refusals: every other failure is
// granted a ticket (reported in decide).
func StepUp(res *mfa.Reply, user string) (Ticket, error) {
	return decide(res.ErrorCode, map[mfa.Outcome]func() (Ticket, error){
		mfa.OtpInvalid: func() (Ticket, error) { return Ticket{}, errors.New("wrong code") },
		mfa.BogusOtp:   func() (Ticket, error) { return Ticket{}, errors.New("wrong code") },
	}, func() (Ticket, error) { return Ticket{User: user}, nil })
}

var errNotVerified = errors.New("not verified")

// decideStrict grants Success first and refuses every code its table
// leaves out: the table only picks the refusal. Not reported.
func decideStrict[T any](code mfa.Outcome, handlers map[mfa.Outcome]func() (T, error), grant func() (T, error)) (T, error) {
	if code == mfa.Success {
		return grant()
	}
	if h, ok := handlers[code]; ok {
		return h()
	}
	var zero T
	return zero, errNotVerified
}

// Elevate passes decideStrict a table of two refusals. Not reported.
func Elevate(res *mfa.Reply, user string) (Ticket, error) {
	return decideStrict(res.ErrorCode, map[mfa.Outcome]func() (Ticket, error){
		mfa.MaxUserAttempts: func() (Ticket, error) { return Ticket{}, errLocked },
		mfa.PushDenied:      func() (Ticket, error) { return Ticket{}, errPushDenied },
	}, func() (Ticket, error) { return Ticket{User: user}, nil })
}

// decideLoose grants Success first, runs the table's refusals, and
// grants every other code as Success was: reported at the chain the two
// ifs make.
func decideLoose[T any](code mfa.Outcome, handlers map[mfa.Outcome]func() (T, error), grant func() (T, error)) (T, error) {
	if code == mfa.Success { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return grant()
	}
	if h, ok := handlers[code]; ok {
		return h()
	}
	return grant()
}

// Renew passes decideLoose a table of one refusal.
func Renew(res *mfa.Reply, user string) (Ticket, error) {
	return decideLoose(res.ErrorCode, map[mfa.Outcome]func() (Ticket, error){
		mfa.OtpInvalid: func() (Ticket, error) { return Ticket{}, errors.New("wrong code") },
	}, func() (Ticket, error) { return Ticket{User: user}, nil })
}
