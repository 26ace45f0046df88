// Package helpdesk routes the help desk's verification answers through
// one helper that every flow calls with a table of its own refusals.
package helpdesk

import (
	"errors"

	"codeswitch/denyset/mfa"
)

var (
	errWrongCode = errors.New("helpdesk: wrong code")
	errLocked    = errors.New("helpdesk: locked")
)

// route runs the refusal the caller's table holds for code, and proceed
// for every other code. Two flows call it with different tables, so a
// copy of a refusal in route would read a row the other table may not
// have: reported without a fix.
func route(code mfa.Outcome, refusals map[mfa.Outcome]func() error, proceed func() error) error { // want route:`dispatch\(table 1, key 0, default 2\)`
	if refuse, ok := refusals[code]; ok { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled .*\(no suggested fix: the table is its callers.`
		return refuse()
	}
	return proceed()
}

// ResetPassword refuses a wrong code and resets for every other answer.
func ResetPassword(res *mfa.Reply, reset func() error) error {
	return route(res.ErrorCode, map[mfa.Outcome]func() error{
		mfa.OtpInvalid: func() error { return errWrongCode },
	}, reset)
}

// Unlock refuses a locked account and unlocks for every other answer.
func Unlock(res *mfa.Reply, unlock func() error) error {
	return route(res.ErrorCode, map[mfa.Outcome]func() error{
		mfa.MaxUserAttempts: func() error { return errLocked },
	}, unlock)
}
