package broken

import "github.com/surepasslint/surepasslint/codes"

func emptyClauses(r response) error {
	switch r.ErrorCode {
	case codes.OTPInvalid:
	case:
	}
	if r.ErrorCode == {
		return errBad
	}
	return undefined(r)
}

func halfWritten(r response) error {
	switch r.ErrorCode { // want `fail-open switch`
	case codes.OTPInvalid:
		return errBad
	case codes.OTPAlreadyUsed
