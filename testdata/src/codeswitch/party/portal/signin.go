// Package portal signs merchants in to their dashboard.
package portal

// SurePassID's answers the sign-in tells apart, by their published names.
const (
	Success                          = 0
	OTPAlreadyUsed                   = 9002
	OTPInvalid                       = 9003
	MaximumFailedOTPRequestsExceeded = 9015
)

// Admit opens the dashboard unless the answer is one it lists.
func Admit(code int) bool { // want Admit:"codeswitch\\(predicate: true when param 0 is Success, .*"
	switch code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case OTPInvalid, OTPAlreadyUsed, MaximumFailedOTPRequestsExceeded:
		return false
	}
	return true
}
