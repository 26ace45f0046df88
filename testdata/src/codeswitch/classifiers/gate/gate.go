// Package gate is a payroll portal's client of SurePassID's REST API and
// the classifiers its edge handlers consult: several functions, each
// turning a return code into the same Decision, each with its own table.
package gate

import (
	"context"

	"codeswitch/classifiers/policy"
)

// Endpoint is SurePassID's REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code mirrors the return codes the portal handles.
type Code int

const (
	CodeOK               Code = 0
	CodeUserLoginFailed  Code = 9001
	CodeOTPAlreadyUsed   Code = 9002
	CodeOTPInvalid       Code = 9003
	CodeUserDisabled     Code = 9007
	CodeDatabaseError    Code = 9010
	CodeTooManyFailures  Code = 9015
	CodeBogusOTP         Code = 9030
	CodeTimeDriftInvalid Code = 9035
	CodeSendOTPExpired   Code = 9043
	CodeOTPBypass        Code = 9051
	CodeSessionInvalid   Code = 9106
)

// Answer is what every call answers.
type Answer struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client interface {
	ValidateOTP(ctx context.Context, user, otp string) (*Answer, error)
	ValidateUser(ctx context.Context, user, pw string) (*Answer, error)
}

// Decision is what the portal does with a request. The zero value lets
// it through.
type Decision uint8

const (
	Allow Decision = iota
	Refuse
	Freeze
	Resend
)

// otpDecisions lists the OTP answers the portal treats specially.
var otpDecisions = map[Code]Decision{
	CodeOTPInvalid:       Refuse,
	CodeBogusOTP:         Refuse,
	CodeOTPAlreadyUsed:   Refuse,
	CodeSendOTPExpired:   Resend,
	CodeTimeDriftInvalid: Resend,
}

// ForOTP answers the table's value, and Allow, the zero value, for every
// code the table leaves out: the bypass attempt and a locked account get
// in. Reported here, at the lookup; the handlers switching over its answer
// are not reported again for those codes.
func ForOTP(c Code) Decision { // want ForOTP:"codeswitch\\(table value\\)"
	return otpDecisions[c] // want `fail-open table lookup over SurePassID return codes: otpDecisions\[c\] gives Allow, the zero value, to \d+ security-relevant codes`
}

// sessionDecisions is consulted for remembered sessions; Success is
// listed and every other code is refused below.
var sessionDecisions = map[Code]Decision{
	CodeOK:             Allow,
	CodeSessionInvalid: Refuse,
	CodeUserDisabled:   Refuse,
	CodeDatabaseError:  Resend,
}

// ForSession refuses the codes its table leaves out. Not reported.
func ForSession(c Code) Decision {
	if d, ok := sessionDecisions[c]; ok {
		return d
	}
	return Refuse
}

// ForPayout is used before money moves: only Success passes; a locked
// account freezes and a database error is retried. Not reported.
func ForPayout(c Code) Decision {
	switch c {
	case CodeOK:
		return Allow
	case CodeTooManyFailures, CodeUserDisabled:
		return Freeze
	case CodeDatabaseError, CodeSendOTPExpired:
		return Resend
	default:
		return Refuse
	}
}

// Decision is the answer's own classifier, a method over the same table
// as ForOTP. Reported at its lookup too.
func (a *Answer) Decision() Decision {
	return otpDecisions[a.ErrorCode] // want `fail-open table lookup over SurePassID return codes: otpDecisions\[a.ErrorCode\] gives Allow`
}

// ForReset maps the password-reset answers in a switch and lets every
// other code through with Allow: reported at the switch. The handlers
// switching over its answer are not reported again for those codes.
func ForReset(c Code) Decision {
	switch c { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case CodeOTPInvalid, CodeBogusOTP, CodeOTPAlreadyUsed:
		return Refuse
	case CodeTooManyFailures, CodeUserDisabled:
		return Freeze
	}
	return Allow
}

// deviceVerdicts classifies enrolment answers with the shared verdicts.
var deviceVerdicts = map[Code]policy.Verdict{
	CodeOK:              policy.Approve,
	CodeOTPInvalid:      policy.Deny,
	CodeBogusOTP:        policy.Deny,
	CodeUserDisabled:    policy.Hold,
	CodeTooManyFailures: policy.Hold,
}

// ForDevice denies the codes its table leaves out. Not reported.
func ForDevice(c Code) policy.Verdict {
	v, ok := deviceVerdicts[c]
	if !ok {
		return policy.Deny
	}
	return v
}

// ForRecovery is written as ifs and lets every other code through with
// Allow: reported at its first if. The handlers switching over its answer
// are not reported again for those codes.
func ForRecovery(c Code) Decision {
	if c == CodeOTPInvalid || c == CodeBogusOTP || c == CodeOTPAlreadyUsed { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return Refuse
	}
	if c == CodeTooManyFailures {
		return Freeze
	}
	return Allow
}

// ForUnlock is written as ifs too, Success first, and refuses every code
// it lists nowhere. Not reported.
func ForUnlock(c Code) Decision {
	if c == CodeOK {
		return Allow
	}
	if c == CodeTooManyFailures || c == CodeUserDisabled || c == CodeOTPBypass {
		return Freeze
	}
	if c == CodeDatabaseError {
		return Resend
	}
	return Refuse
}
