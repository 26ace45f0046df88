// Package access turns OTP results into decisions for the protected
// applications behind the gateway.
package access

import "codeswitch/strcodes/otpcodes"

// Verdict is an access decision.
type Verdict int

const (
	Permit Verdict = iota
	Refuse
)

// refusals maps the results the dashboards know to a reason; a result it
// leaves out is let in.
var refusals = map[string]string{
	otpcodes.OTPInvalid:        "otp_invalid",
	otpcodes.BogusOTP:          "otp_invalid",
	otpcodes.AccountExpired:    "account_expired",
	otpcodes.UserLoginDisabled: "account_disabled",
}

// Decide refuses the listed results and lets every other one in.
func Decide(code string) (Verdict, string) {
	if reason, found := refusals[code]; found { // want `fail-open`
		return Refuse, reason
	}
	return Permit, ""
}

// DecideStrict lets only success in: the fail-closed twin.
func DecideStrict(code string) (Verdict, string) {
	if code == otpcodes.OK {
		return Permit, ""
	}
	if reason, found := refusals[code]; found {
		return Refuse, reason
	}
	return Refuse, "rejected"
}

// Allowed is the fail-closed twin of a switch: its default refuses.
func Allowed(code string) bool { // want Allowed:"codeswitch\\(predicate: true when param 0 is Success\\)"
	switch code {
	case otpcodes.OK:
		return true
	case otpcodes.OTPInvalid, otpcodes.BogusOTP:
		return false
	default:
		return false
	}
}
