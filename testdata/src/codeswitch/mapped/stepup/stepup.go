// Package stepup turns a SurePassID answer into what the booking site does
// with the request: a Decision of flags the handlers read.
package stepup

import "codeswitch/mapped/spauth"

// Decision is what the site does with a request after the OTP check.
type Decision struct {
	Deny      bool
	Challenge bool
	Notice    string // safe to show the traveller
}

// ForLogin maps the listed codes to a denial or a new challenge and
// every other code to the zero Decision, which the handlers let through:
// the bypass attempt and a locked account get in. Reported.
func ForLogin(code spauth.Code) Decision {
	switch code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and \d+ more\)`
	case spauth.CodeOTPInvalid, spauth.CodeBogusOTP, spauth.CodeOTPAlreadyUsed:
		return Decision{Deny: true, Notice: "That code did not work."}
	case spauth.CodeSendOTPExpired, spauth.CodeTimeDriftInvalid:
		return Decision{Challenge: true, Notice: "Your code expired; we sent a new one."}
	}
	return Decision{}
}

// ForPayment is ForLogin's fail-closed twin: Success is listed and
// every other code is denied. Not reported.
func ForPayment(code spauth.Code) Decision {
	switch code {
	case spauth.CodeOK:
		return Decision{}
	case spauth.CodeSendOTPExpired, spauth.CodeTimeDriftInvalid:
		return Decision{Challenge: true, Notice: "Your code expired; we sent a new one."}
	default:
		return Decision{Deny: true, Notice: "We could not verify you."}
	}
}

// Verdict is the same decision with the team's other spellings of the
// flags.
type Verdict struct {
	AccountLocked  bool
	StepUpRequired bool
	Reason         string
}

// ForSession keeps the verdict in a variable declared with the zero
// value and sets a flag for the listed codes: every other code returns
// it unset. Reported.
func ForSession(code spauth.Code) Verdict {
	var v Verdict
	if code == spauth.CodeTooManyFailures || code == spauth.CodeUserDisabled { // want `fail-open if-else chain over SurePassID return codes`
		v.AccountLocked = true
		v.Reason = "locked"
		return v
	} else if code == spauth.CodeSessionInvalid {
		v.StepUpRequired = true
		return v
	}
	return v
}

// ForRefund names its result and leaves it unset on the fall-through,
// a bare return. Reported.
func ForRefund(code spauth.Code) (v Verdict) {
	switch code { // want `fail-open switch over SurePassID return codes`
	case spauth.CodeOTPInvalid, spauth.CodeOTPAlreadyUsed:
		v.StepUpRequired = true
		return
	case spauth.CodeTooManyFailures:
		v.AccountLocked = true
		return
	}
	return
}

// Access says what a traveller may do; its zero value lets nothing
// through, as Allowed is false.
type Access struct {
	Allowed   bool
	Challenge bool
	Notice    string
}

// ForCheckIn answers the zero Access, which refuses, for the codes it
// does not list. Not reported.
func ForCheckIn(code spauth.Code) Access {
	switch code {
	case spauth.CodeOK:
		return Access{Allowed: true}
	case spauth.CodeSendOTPExpired:
		return Access{Challenge: true, Notice: "Your code expired."}
	}
	return Access{}
}

// Banner is a notice for the page, no decision: its flags pick a style.
type Banner struct {
	Warning bool
	Text    string
}

// BannerFor picks the notice to show. Not reported: nothing is decided.
func BannerFor(code spauth.Code) Banner {
	switch code {
	case spauth.CodeOTPInvalid, spauth.CodeBogusOTP:
		return Banner{Warning: true, Text: "Check the code and try again."}
	}
	return Banner{}
}

// Gate is a decision a fraud team spells with Block.
type Gate struct {
	Block  bool
	Reason string
}

// GateFor blocks two codes and lets every other one through, the bypass
// attempt included. Reported.
func GateFor(code spauth.Code) Gate {
	if code == spauth.CodeBogusOTP || code == spauth.CodeOTPBypass { // want `fail-open if-else chain over SurePassID return codes`
		return Gate{Block: true, Reason: "suspicious"}
	}
	return Gate{}
}
