package signin

import (
	"context"

	"codeswitch/checked/spreply"
)

// Screen is what the app shows after a biometric unlock.
type Screen int

const (
	Home Screen = iota
	RetypeCode
	LockedOut
	TryLater
	Refused
)

// screenFor maps a code handed over as a plain integer, compared with the
// client's constants converted to its type; the codes it does not list
// reach Home.
func screenFor(code int64) Screen {
	switch { // want `fail-open switch over SurePassID return codes`
	case code == int64(spreply.CodeOTPInvalid) || code == int64(spreply.CodeOTPAlreadyUsed):
		return RetypeCode
	case code == int64(spreply.CodeTooManyFailedOTP) || code == int64(spreply.CodeUserLockout):
		return LockedOut
	case code == int64(spreply.CodeSMSSendError):
		return TryLater
	}
	return Home
}

// screenForStrict names success and refuses the rest.
func screenForStrict(code int64) Screen {
	switch {
	case code == int64(spreply.CodeSuccess):
		return Home
	case code == int64(spreply.CodeOTPInvalid) || code == int64(spreply.CodeOTPAlreadyUsed):
		return RetypeCode
	case code == int64(spreply.CodeUserLockout):
		return LockedOut
	}
	return Refused
}

// gateFor is screenFor as an if-else chain over an int.
func gateFor(code int) error {
	if code == int(spreply.CodeOTPInvalid) { // want `fail-open if-else chain over SurePassID return codes`
		return ErrWrongCode
	} else if code == int(spreply.CodeUserLockout) || code == int(spreply.CodeTooManyFailedOTP) {
		return ErrLocked
	}
	return nil
}

// Carrier is a card network's status, in the same 9000 range.
type Carrier int

const (
	CarrierDeclined Carrier = 9001
	CarrierExpired  Carrier = 9003
	CarrierFraud    Carrier = 9015
)

// carrierErr compares an integer with another vendor's converted
// constants: no return code.
func carrierErr(status int) error {
	switch {
	case status == int(CarrierDeclined) || status == int(CarrierExpired):
		return ErrDenied
	case status == int(CarrierFraud):
		return ErrLocked
	}
	return nil
}

// Outcomes runs the integer mappings.
func (s *Service) Outcomes(ctx context.Context, user, otp string) (Screen, error) {
	ans, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return TryLater, err
	}
	code, err := ans.Number()
	if err != nil {
		return TryLater, nil
	}
	if err := gateFor(int(code)); err != nil {
		return LockedOut, err
	}
	if err := carrierErr(int(code)); err != nil {
		return Refused, err
	}
	if screenForStrict(code) != Home {
		return Refused, nil
	}
	return screenFor(code), nil
}
