// Package policy decides what the API does with an answer. It has no
// SurePassID evidence of its own: the codes are the spcodes package's
// SP_ constants, named like the published ones.
package policy

import sp "codeswitch/policies/spcodes"

// Decision is what a handler does with an answer.
type Decision struct {
	Allow  bool
	Reason string
}

var allow = Decision{Allow: true}

func deny(reason string) Decision { return Decision{Reason: reason} }

// decide lists two refusals and allows the rest: reported.
func decide(code int) Decision {
	switch code { // want `fail-open switch over SurePassID return codes`
	case sp.SP_OTP_INVALID, sp.SP_BOGUS_OTP:
		return Decision{Allow: false, Reason: "invalid code"}
	case sp.SP_OTP_ALREADY_USED:
		return Decision{Allow: false, Reason: "code already used"}
	}
	return Decision{Allow: true}
}

// denyCodes maps the refusing codes to the reason shown.
var denyCodes = map[int]string{
	sp.SP_OTP_INVALID:      "invalid code",
	sp.SP_BOGUS_OTP:        "invalid code",
	sp.SP_OTP_ALREADY_USED: "code already used",
}

// decideLogin allows every code the deny table leaves out: reported.
func decideLogin(code int) Decision {
	if reason, denied := denyCodes[code]; denied { // want `fail-open if-else chain over SurePassID return codes`
		return deny(reason)
	}
	return allow
}
