// Package configured has its own return-code type whose constant names are
// not the published ones; it is recognized only through
// -codetypes=codeswitch/configured.Outcome.
package configured

import "errors"

// Outcome is a SurePassID return code, under the application's own names.
type Outcome int

// The outcomes the application names.
const (
	OutcomeOK     Outcome = 0
	OutcomeBadOTP Outcome = 9003
	OutcomeLocked Outcome = 9015
)

var errBadOTP = errors.New("bad otp")

// Verify is a deny-list.
func Verify(o Outcome) error {
	switch o { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case OutcomeBadOTP, OutcomeLocked:
		return errBadOTP
	}
	return nil
}
