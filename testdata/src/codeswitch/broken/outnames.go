package broken

import "github.com/surepasslint/surepasslint/codes"

// A table of names being written, with type errors, and lookups of it:
// no panic.
var outcomeNames = map[codes.ReturnCode]string{
	codes.OTPAlreadyUsed: "replayed",
	codes.OTPInvalid:     "invalid",
	codes.PartnerLoginFailed: 42,
	undefinedCode:        "locked",
}

func (n nameless) Outcome() string { return outcomeNames[n] }

func outcomeOf(code codes.ReturnCode) string { return outcomeNames[code]

func byName(r response) error {
	outcome := outcomeNames[r.ErrorCode]
	if outcome == "invalid" || outcome == undefinedName {
		return errBad
	}
	switch outcomeOf(r.ErrorCode) {
	case "replayed", undefinedName:
		return errBad
	}
	return nil
}
