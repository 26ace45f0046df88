// Package predwrap reads a SurePassID answer only through predicates of
// the families it names, and has none for success: a chain over them has
// no test of a failure to end with.
package predwrap

import "errors"

// Endpoint is the SurePassID service.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/OTP/OTPServer.aspx"

const (
	codeMaxFailedOTP = 9015
	codeOTPInvalid   = 9003
	codeBogusOTP     = 9030
)

var (
	lockouts = map[int]bool{codeMaxFailedOTP: true}
	typos    = map[int]bool{codeOTPInvalid: true, codeBogusOTP: true}
)

// Verdict is one OTP check's outcome.
type Verdict struct{ code int }

// Locked reports a lockout.
func (v Verdict) Locked() bool { return lockouts[v.code] } // want Locked:`codeswitch\(predicate: true when receiver.code is MaximumFailedOTPRequestsExceeded\)`

// Typo reports a mistyped code.
func (v Verdict) Typo() bool { return typos[v.code] } // want Typo:`codeswitch\(predicate: true when receiver.code is OTPInvalid, BogusOTP\)`

var (
	errLocked = errors.New("locked")
	errTypo   = errors.New("wrong code")
)

// Admit rejects the two families and admits every other answer.
func Admit(v Verdict) error {
	if v.Locked() { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled .*no suggested fix: the chain reads the code only through predicates`
		return errLocked
	} else if v.Typo() {
		return errTypo
	}
	return nil
}
