// Package login decides sign-ins from codes it gets as plain ints or as
// the generated enum.
package login

import (
	"errors"

	"codeswitch/names/authpb"
	"codeswitch/names/legacy"
)

var errDenied = errors.New("denied")

// Verdict gets the code as a plain int from a queue message.
func Verdict(code int) error {
	switch code { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case legacy.SP_OTP_INVALID, legacy.SP_OTP_ALREADY_USED:
		return errDenied
	}
	return nil
}

// Chain compares with if statements.
func Chain(code int) error {
	if code == legacy.SP_OTP_INVALID { // want `fail-open if-else chain over SurePassID return codes`
		return errDenied
	} else if code == legacy.SP_ACCOUNT_EXPIRED {
		return errDenied
	}
	return nil
}

// Generated switches on the protobuf enum.
func Generated(rep *authpb.ValidateReply) error {
	switch rep.GetCode() { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case authpb.ReturnCode_RC_OTP_INVALID:
		return errDenied
	}
	return nil
}

// One constant is not enough evidence.
func One(code int) error {
	switch code {
	case legacy.SP_OTP_INVALID:
		return errDenied
	}
	return nil
}

// Ports are not codes.
func Ports(port int) error {
	switch port {
	case legacy.HTTP_PORT, legacy.METRICS_PORT:
		return errDenied
	}
	return nil
}
