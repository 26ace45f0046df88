// Package badge checks contractor badges against SurePassID. It names the
// codes its own way, as fields of a named struct reached through a
// pointer, and keeps the legacy lookup table the old PHP portal used,
// keyed by the codes' snake-case names.
package badge

import (
	"errors"
	"log"
)

// Status is a return code as the badge service stores it.
type Status int32

type codeBook struct {
	OK          Status
	OtpReplayed Status
	OtpWrong    Status
	LockedOut   Status
	DbDown      Status
}

// Codes is the book every handler compares with.
var Codes = &codeBook{OK: 0, OtpReplayed: 9002, OtpWrong: 9003, LockedOut: 9015, DbDown: 9010}

// Code is the legacy table.
var Code = map[string]int{
	"success":          0,
	"otp_already_used": 9002,
	"otp_invalid":      9003,
	"user_locked":      9096,
	"database_error":   9010,
}

// Answer is what the badge reader forwards.
type Answer struct {
	Result Status `json:"errorCode"`
	Detail string `json:"errorMessage"`
}

var (
	errDenied = errors.New("badge denied")
	errRetry  = errors.New("badge check unavailable")
)

// Admit lets the contractor in unless the answer is a known refusal.
func Admit(a Answer) error {
	switch a.Result { // want `fail-open switch over SurePassID return codes`
	case Codes.OtpWrong, Codes.OtpReplayed, Codes.LockedOut:
		return errDenied
	case Codes.DbDown:
		return errRetry
	}
	return nil
}

// AdmitStrict admits on OK alone.
func AdmitStrict(a Answer) error {
	switch a.Result {
	case Codes.OK:
		return nil
	case Codes.DbDown:
		return errRetry
	default:
		log.Printf("badge: %d %s", a.Result, a.Detail)
		return errDenied
	}
}

// Legacy is the old portal's check, over the plain-int code.
func Legacy(code int) bool { // want Legacy:"codeswitch\\(predicate: true when param 0 is Success, PartnerLoginFailed, PartnerUserLoginFailed, and 103 more\\)"
	switch code { // want `fail-open switch over SurePassID return codes`
	case Code["otp_invalid"], Code["otp_already_used"]:
		return false
	case Code["user_locked"]:
		return false
	}
	return true
}

// LegacyStrict is its fail-closed twin.
func LegacyStrict(code int) bool {
	switch code {
	case Code["success"]:
		return true
	case Code["database_error"]:
		log.Printf("badge: backend down")
	}
	return false
}
