package broken

import "github.com/surepasslint/surepasslint/codes"

// A table of names half written, and lookups of it half typed: no panic.
var halfNames = map[codes.ReturnCode]string{
	codes.OTPAlreadyUsed: "replayed",
	codes.OTPInvalid:     "invalid",
	codes.PartnerLoginFailed: ,
	undefinedCode:        "locked",
}

func (n nameless) HalfOutcome() string { return halfNames[n] }

func halfOutcomeOf(code codes.ReturnCode) string { return halfNames[code }

func byHalfName(r response) error {
	outcome := halfNames[r.ErrorCode]
	if outcome == "invalid" || outcome == {
		return errBad
	}
	switch halfOutcomeOf(r.ErrorCode) {
	case "replayed", undefinedName:
		return errBad
	}
	return nil
}
