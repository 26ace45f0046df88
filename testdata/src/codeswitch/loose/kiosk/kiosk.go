// Package kiosk signs staff in at a shared terminal. It receives the token
// server's codes as plain numbers and text from tokensvc and compares them
// with the numbers of the API documentation.
package kiosk

import (
	"errors"
	"net/http"

	"codeswitch/loose/tokensvc"
)

var errLocked = errors.New("terminal locked")

// Confirm waits for the push answer. The helper's first result is the
// code: every failure but three opens the terminal.
func Confirm(raw []byte) (bool, error) {
	code, _, err := tokensvc.Poll(raw)
	if err != nil {
		return false, err
	}
	switch code { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall through unhandled`
	case 9079, 9085:
		return false, errLocked
	case 9035:
		return false, tokensvc.ErrRetry
	}
	return true, nil
}

// Resume checks a stored step, whose code is text.
func Resume(answer map[string]any) error {
	step := tokensvc.Parse(answer)
	switch step.Status { // want `fail-open switch over SurePassID return codes: 8\d security-relevant codes fall through unhandled`
	case "9106":
		return errLocked
	case "9107", "9108":
		return tokensvc.ErrRetry
	}
	return nil
}

// ResumeStrict is Resume with a rejecting default: nothing to report.
func ResumeStrict(answer map[string]any) error {
	step := tokensvc.Parse(answer)
	switch step.Status {
	case "0":
		return nil
	case "9107", "9108":
		return tokensvc.ErrRetry
	default:
		return errLocked
	}
}

// One literal code is no dispatch over codes: nothing to report.
func Single(answer map[string]any) error {
	step := tokensvc.Parse(answer)
	switch step.Status {
	case "9106":
		return errLocked
	}
	return nil
}

// Pair compares the stored text with two of the documentation's numbers
// only: too little to tell codes from a pair of ports, nothing to report.
func Pair(answer map[string]any) error {
	step := tokensvc.Parse(answer)
	switch step.Status {
	case "9106", "9107":
		return errLocked
	}
	return nil
}

// statusOf switches on HTTP statuses, not on codes: nothing to report.
func statusOf(resp *http.Response) error {
	switch resp.StatusCode {
	case 401, 403:
		return errLocked
	}
	return nil
}

// sms switches on another gateway's numbers, one of which happens to be in
// the 9000s: not every value is a published code, nothing to report.
func sms(status int) error {
	switch status {
	case 9003, 30003, 21211:
		return errLocked
	}
	return nil
}

var _, _ = statusOf, sms
