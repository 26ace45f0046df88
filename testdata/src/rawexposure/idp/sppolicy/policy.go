// Package sppolicy decides what a user may be told about a SurePassID
// failure. It imports the client for its code type only.
package sppolicy

import (
	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/idp/spapi"
)

// Delivery reports whether code is a delivery failure (the SMS or the
// e-mail could not be sent): SurePassID's text says nothing about the
// account then, and the user is better served by it.
func Delivery(code spapi.Code) bool { // want Delivery:`rawexposure\(true implies param 0 is not security-relevant\)`
	return code == spapi.CodeSMSSendError || code == spapi.CodeEmailSendError
}

// Sensitive reports whether the platform must hide what happened.
func Sensitive(code codes.ReturnCode) bool { // want Sensitive:`rawexposure\(false implies param 0 is not security-relevant\)`
	return code.SecurityRelevant()
}

// Retryable lists a security-relevant code next to a delivery one: it
// proves nothing.
func Retryable(code spapi.Code) bool {
	return code == spapi.CodeSMSSendError || code == spapi.CodeOTPInvalid
}

// Policy is configured per tenant.
type Policy struct {
	Verbose bool
}

// ShowDetail reports whether the tenant wants delivery problems explained.
func (p Policy) ShowDetail(code spapi.Code) bool { // want ShowDetail:`rawexposure\(true implies param 0 is not security-relevant\)`
	switch code {
	case spapi.CodeSMSSendError, spapi.CodeEmailSendError:
		return p.Verbose
	}
	return false
}

// Quiet reports whether the platform answers with generic text only: it
// answers false for the delivery codes alone.
func Quiet(code spapi.Code) bool { // want Quiet:`rawexposure\(false implies param 0 is not security-relevant\)`
	if code == spapi.CodeSMSSendError {
		return false
	}
	return code != spapi.CodeEmailSendError
}

// Notifiable is Delivery written with an early return.
func Notifiable(code spapi.Code) bool { // want Notifiable:`rawexposure\(true implies param 0 is not security-relevant\)`
	if code != spapi.CodeSMSSendError && code != spapi.CodeEmailSendError {
		return false
	}
	return true
}

// Loud forgets a code in its early return: no fact.
func Loud(code spapi.Code) bool {
	if code != spapi.CodeSMSSendError {
		if code == spapi.CodeOTPInvalid {
			return false
		}
	}
	return true
}
