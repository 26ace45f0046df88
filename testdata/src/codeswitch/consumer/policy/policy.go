// Package policy turns a second-factor result into a decision. Nothing in
// it names SurePassID: its callers hand over the numeric result, and its
// constants follow the vendor's numbering under short names of its own.
package policy

import "fmt"

const (
	codeOK             = 0
	errLoginFailed     = 9001
	errOtpReplayed     = 9002
	errOtpInvalid      = 9003
	errUserDisabled    = 9007
	errDbError         = 9010
	errTooManyOtpTries = 9015
	errOtpExpired      = 9043
	errLockedOut       = 9096
)

// Outcome is what to do with the pending action.
type Outcome int

// The outcomes.
const (
	Approved Outcome = iota
	Retry
	Denied
)

func (o Outcome) String() string {
	switch o {
	case Approved:
		return "approved"
	case Retry:
		return "retry"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Result is a finished challenge.
type Result struct {
	Code   int
	Detail string
}

// Decision is the verdict.
type Decision struct {
	Outcome Outcome
	Reason  string
}

// Decide denies or retries a few codes and approves every other: a replayed
// OTP or a database error approves. Reported.
func Decide(res Result) Decision {
	switch res.Code { // want `fail-open switch over SurePassID return codes`
	case errOtpInvalid:
		return Decision{Outcome: Retry, Reason: "Please try again."}
	case errLoginFailed, errLockedOut:
		return Decision{Outcome: Denied, Reason: "Please contact support."}
	case errOtpExpired:
		return Decision{Outcome: Retry, Reason: "That code has expired."}
	}
	return Decision{Outcome: Approved}
}

// DecideStrict approves only codeOK: not reported.
func DecideStrict(res Result) Decision {
	switch res.Code {
	case codeOK:
		return Decision{Outcome: Approved}
	case errOtpInvalid, errOtpExpired:
		return Decision{Outcome: Retry, Reason: Message(res.Code)}
	default:
		return Decision{Outcome: Denied, Reason: Message(res.Code)}
	}
}

// Message maps codes to the product's own copy: not reported.
func Message(code int) string {
	switch code {
	case codeOK:
		return ""
	case errOtpInvalid, errOtpReplayed:
		return "The code you entered is not valid."
	case errTooManyOtpTries, errLockedOut, errUserDisabled:
		return "This action is temporarily blocked."
	default:
		return "We couldn't complete verification."
	}
}

// Retryable classifies a result: not reported.
func Retryable(code int) bool { // want Retryable:"codeswitch\\(predicate: true when param 0 is OTPInvalid, SendOTPExpired\\)"
	switch code {
	case errOtpInvalid, errOtpExpired:
		return true
	}
	return false
}

// Severe reports results that page the fraud desk.
func Severe(code int) bool { // want Severe:"codeswitch\\(predicate: true when param 0 is OTPAlreadyUsed, DatabaseError\\)"
	return code == errOtpReplayed || code == errDbError
}
