// Package nofix has a fail-open switch without a sound automatic fix: a
// listed code is passed on to Success's clause by fallthrough.
package nofix

import (
	"errors"
	"log"

	"github.com/surepasslint/surepasslint/codes"
)

// Store keeps sessions.
type Store interface{ Promote(user string) }

var errBadOTP = errors.New("invalid one-time password")

// Verify lets a replayed OTP fall through into the success clause.
func Verify(code codes.ReturnCode, user string, s Store) error {
	switch code { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and 79 more\); listed but falling through to the success path: OTPAlreadyUsed \(no suggested fix: a listed code's branch ends in fallthrough, so no rejection can be appended to it\)`
	case codes.OTPInvalid:
		return errBadOTP
	case codes.OTPAlreadyUsed:
		log.Printf("replayed OTP for %s", user)
		fallthrough
	case codes.Success:
		s.Promote(user)
	}
	return nil
}

var errPushDeclined = errors.New("push declined")

// pushRefusals are the push answers that refuse a sign-in.
var pushRefusals = map[codes.ReturnCode]error{
	codes.OTPInvalid:     errPushDeclined,
	codes.SendOTPExpired: errPushDeclined,
}

// Push refuses what its table lists; a local of the same name hides the
// table's sentinel where a copy of it would go, so no fix copies it.
func Push(code codes.ReturnCode, user string, s Store) error {
	errPushDeclined := errors.New("push declined for " + user)
	log.Print(errPushDeclined)
	if refusal, ok := pushRefusals[code]; ok { // want `fail-open if-else chain over SurePassID return codes: .* \(no suggested fix: the rejecting branch returns what its condition looked up\)`
		return refusal
	}
	s.Promote(user)
	return nil
}
