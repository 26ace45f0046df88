// Package signin dispatches on the text name of a code.
package signin

import (
	"errors"

	"codeswitch/mirror/spcodes"
)

var errDenied = errors.New("denied")

// Deny-list by name: every other failure signs in.
func check(rep spcodes.Reply) error {
	switch rep.Code().String() { // want `fail-open switch over SurePassID return codes`
	case "OTPAlreadyUsed", "OTPInvalid":
		return errDenied
	}
	return nil
}

// The same as an if chain.
func checkIf(rep spcodes.Reply) error {
	name := rep.ErrorCode.String()
	if name == "BogusOTP" || name == "OTPInvalid" { // want `fail-open if-else chain over SurePassID return codes`
		return errDenied
	}
	return nil
}

// Allow-list by name: fails closed.
func allow(rep spcodes.Reply) error {
	switch rep.Code().String() {
	case "Success":
		return nil
	case "OTPInvalid":
		return errors.New("wrong code")
	}
	return errDenied
}

// Names that are not codes' (a label kept beside the code): not a dispatch.
func label(rep spcodes.Reply, kind string) error {
	switch kind {
	case "OTPAlreadyUsed", "OTPInvalid":
		return errDenied
	}
	return nil
}

// denials is keyed by the codes' names.
var denials = map[string]string{
	"OTPAlreadyUsed": "that code was already used",
	"OTPInvalid":     "wrong code",
	"BogusOTP":       "wrong code",
}

// A table of denials by name: a miss (a lockout, a database error) signs in.
func checkTable(rep spcodes.Reply) (string, bool) {
	if msg, ok := denials[rep.Code().String()]; ok { // want `fail-open if-else chain over SurePassID return codes`
		return msg, false
	}
	return "", true
}

// The same table used only for the text of a failure: fails closed.
func explain(rep spcodes.Reply) (string, bool) {
	if rep.ErrorCode != spcodes.Success {
		if msg, ok := denials[rep.Code().String()]; ok {
			return msg, false
		}
		return "sign-in failed", false
	}
	return "", true
}
