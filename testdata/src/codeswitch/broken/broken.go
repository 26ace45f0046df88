// Package broken is being edited: type errors and half-written switches must
// not make the check panic.
package broken

import (
	"errors"

	"github.com/surepasslint/surepasslint/codes"
)

var errBad = errors.New("bad")

type response struct {
	codes.Envelope
}

func undefinedTag() error {
	switch resp.ErrorCode {
	case codes.OTPInvalid:
		return errBad
	}
	return nil
}

func undefinedCase(r response) error {
	switch r.ErrorCode { // want `fail-open switch`
	case codes.NoSuchCode:
		return errBad
	case codes.OTPInvalid:
		return errBad
	}
	return nil
}

func wrongReturns(r response) (bool, error) {
	switch r.ErrorCode {
	case codes.OTPInvalid:
		return errBad
	}
	return
}
