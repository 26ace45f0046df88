// Package surepassdispatch turns SurePassID verdicts into sign-in outcomes.
package surepassdispatch

import "errors"

// response is SurePassID's reply to an OTP check.
type response struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

var errDenied = errors.New("sign-in failed")

// checkOTP maps SurePassID's verdict to the sign-in outcome.
func checkOTP(resp response) error {
	switch resp.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case 9003, 9002: // OTPInvalid, OTPAlreadyUsed
		return errDenied
	}
	return nil
}

// checkProbe maps the operators' probe verdict: any code but the two below
// means the link works.
func checkProbe(resp response) error {
	//lint:ignore codeswitch the probe only tells a dead link from a live one
	switch resp.ErrorCode {
	case 9003, 9002: // OTPInvalid, OTPAlreadyUsed
		return errDenied
	}
	return nil
}

// checkStrict fails closed.
func checkStrict(resp response) error {
	// want +1 `//lint:ignore needs a reason`
	//lint:ignore codeswitch
	switch resp.ErrorCode {
	case 0:
		return nil
	default:
		return errDenied
	}
}
