// Package mfa decides second factors with the verdict package's
// constructors.
package mfa

import (
	"codeswitch/policies/spcodes"
	"codeswitch/policies/verdict"
)

// decide refuses through another package's constructor and allows the
// rest through another: reported.
func decide(code int) verdict.Verdict {
	switch code { // want `fail-open switch over SurePassID return codes`
	case spcodes.SP_OTP_INVALID, spcodes.SP_BOGUS_OTP:
		return verdict.Deny("invalid code")
	case spcodes.SP_OTP_ALREADY_USED:
		return verdict.Verdict{Reason: "code already used", Status: 401}
	}
	return verdict.Allowed()
}

var denyCodes = map[int]string{
	spcodes.SP_OTP_INVALID:      "invalid code",
	spcodes.SP_OTP_ALREADY_USED: "code already used",
	spcodes.SP_ACCOUNT_EXPIRED:  "account expired",
}

// decideLogin allows every code the deny table leaves out: reported.
func decideLogin(code int) verdict.Verdict {
	if reason, denied := denyCodes[code]; denied { // want `fail-open if-else chain over SurePassID return codes`
		return verdict.Deny(reason)
	}
	return verdict.Allowed()
}
