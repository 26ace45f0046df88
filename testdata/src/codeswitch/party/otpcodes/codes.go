// Package otpcodes holds the answers the sign-in flows act on.
package otpcodes

// The answers, under their published names.
const (
	Success                 = 0
	OTPAlreadyUsed          = 9002
	OTPInvalid              = 9003
	DatabaseError           = 9010
	MaximumCardUsesExceeded = 9006
)

// Allowed lets the user in unless the answer is one it lists.
func Allowed(code int) bool { // want Allowed:"codeswitch\\(predicate: true when param 0 is Success, .*"
	switch code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case OTPInvalid, OTPAlreadyUsed:
		return false
	}
	return true
}
