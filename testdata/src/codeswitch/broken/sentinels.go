package broken

import (
	"errors"

	"github.com/surepasslint/surepasslint/codes"
)

var (
	errOTP    = errors.New("otp")
	errLocked = errors.New("locked")
)

var sentinelFor = map[codes.ReturnCode]error{
	codes.OTPInvalid:    errOTP,
	codes.NoSuchCode:    errLocked,
	codes.OTPAlreadyUsed: undefinedErr,
}

func (r response) toErr() error {
	switch r.ErrorCode {
	case codes.Success:
		return nil
	case codes.MaximumFailedOTPRequestsExceeded:
		return errLocked
	case codes.OTPInvalid, :
		return errOTP
	default:
		return sentinelFor[r.ErrorCode]
	}
}

func halfChain(r response) bool {
	err := r.toErr()
	if errors.Is(err, errOTP) {
		return false
	} else if errors.Is(err, ) {
		return false
	} else if errors.Is(err, errLocked) || err == undefinedErr {
		return false
	}
	switch {
	case errors.Is(err, errOTP:
	case errors.Is(undefinedErr, errLocked):
		return false
	}
	switch err {
	case nil, errOTP, undefinedErr:
	case errLocked
		return false
	}
	return true
}
