// Package frontdesk reads the roster's codes through an alias of its own,
// straight from the roster, and from a lookup table keyed by the codes'
// names.
package frontdesk // want "relevant package"

import "spidsets/roster"

var rc = roster.Codes

// Code is the front desk's table of the codes by name.
var Code = map[string]int32{"success": 0, "otp_invalid": 9003, "otp_already_used": 9002, "user_locked": 9096}

// overrides starts as the roster's codes; Reload changes it, so it holds
// no constants.
var overrides = roster.Codes

// Reload replaces a code.
func Reload(code int) { overrides.OTPInvalid = code }

// Badge decides a badge swipe.
func Badge(code int) string {
	switch code { // want "cases are codes by value"
	case rc.OTPInvalid, rc.UserLocked:
		return "refused"
	}
	switch code { // want "cases are codes by value"
	case roster.Codes.OTPAlreadyUsed, roster.Codes.OTPInvalid:
		return "refused"
	}
	switch int32(code) { // want "cases are codes by value"
	case Code["otp_invalid"], Code["user_locked"]:
		return "refused"
	}
	switch code {
	case overrides.OTPInvalid, overrides.UserLocked:
		return "refused"
	}
	return "ok"
}
