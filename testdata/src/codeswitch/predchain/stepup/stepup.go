// Package stepup classifies step-up answers into errors.
package stepup

import (
	"errors"

	"codeswitch/predchain/otpresult"
)

var (
	errLocked  = errors.New("locked")
	errBadCode = errors.New("bad code")
)

var errDenied = errors.New("denied")

// classify maps a code to an error, nil for everything it does not name:
// a tagless switch of comparisons and a set's predicate.
func classify(code int) error {
	switch { // want `fail-open switch over SurePassID return codes`
	case code == otpresult.CodeOTPInvalid || code == otpresult.CodeBogusOTP:
		return errBadCode
	case otpresult.IsLockout(code):
		return errLocked
	}
	return nil
}

// classifyClosed ends with a default that denies: fail closed.
func classifyClosed(code int) error {
	switch {
	case code == otpresult.CodeOK:
		return nil
	case otpresult.IsLockout(code):
		return errLocked
	default:
		return errDenied
	}
}

// Resume classifies a step-up answer.
func Resume(res otpresult.Answer) error {
	if err := classifyClosed(res.Code()); err != nil {
		return err
	}
	return classify(res.Code())
}
