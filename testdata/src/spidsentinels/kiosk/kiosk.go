// Package kiosk is a badge-kiosk SurePassID client that ties its
// sentinels to return codes in every way spid recognizes.
package kiosk

import (
	"errors"
	"fmt"

	"spidsentinels/faults"
)

// Endpoint is the SurePassID endpoint.
const Endpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// RC mirrors the published codes.
type RC int32

const (
	RC_SUCCESS                     RC = 0
	RC_PARTNER_USER_LOGIN_FAILED   RC = 9001
	RC_OTP_ALREADY_USED            RC = 9002
	RC_OTP_INVALID                 RC = 9003
	RC_DATABASE_ERROR              RC = 9010
	RC_BOGUS_OTP                   RC = 9030
	RC_SESSION_TOKEN_INVALID       RC = 9106
	RC_SESSION_TOKEN_DELETE_FAILED RC = 9108
)

// Answer is the envelope.
type Answer struct {
	Code RC     `json:"errorCode"`
	Text string `json:"errorMessage"`
}

var (
	ErrCredentials       = errors.New("kiosk: bad credentials") // want "sentinel PartnerUserLoginFailed$"
	ErrCode              = errors.New("kiosk: bad code")        // want "sentinel OTPAlreadyUsed, OTPInvalid, BogusOTP$"
	ErrServer            = errors.New("kiosk: server failure")  // want "sentinel DatabaseError$"
	ErrSession           = errors.New("kiosk: session")         // want "sentinel PartnerLoginFailed, DeviceInvalid, .*, SessionTokenInvalid, SessionTokenCreationFailed, SessionTokenDeleteFailed$"
	ErrOffline           = errors.New("kiosk: offline")
	ErrBadge             = errors.New("kiosk: badge refused") // want "sentinel PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, DeviceInvalid, .*, SessionTokenInvalid, SessionTokenCreationFailed, SessionTokenDeleteFailed$"
	ErrPanel       error = &PanelError{Reason: "panel"}
	ErrBadgeReplay       = &Fault{Code: RC_OTP_ALREADY_USED} // want "sentinel OTPAlreadyUsed$"
)

// byCode is the table Answer.Err reads.
var byCode = map[RC]error{
	RC_PARTNER_USER_LOGIN_FAILED:   ErrCredentials,
	RC_OTP_INVALID:                 ErrCode,
	RC_BOGUS_OTP:                   fmt.Errorf("badge: %w", ErrCode),
	RC_SESSION_TOKEN_DELETE_FAILED: faults.ErrStorage, // want "uses sentinel SessionTokenDeleteFailed$"
}

// Err maps the answer onto a sentinel.
func (a Answer) Err() error {
	if a.Code == RC_SUCCESS {
		return nil
	}
	if a.Code == RC_DATABASE_ERROR {
		return ErrServer
	}
	if err, ok := byCode[a.Code]; ok {
		return err
	}
	return ErrOffline
}

// sessionErr maps session codes; every code it does not list is a
// session failure too.
func sessionErr(c RC) error {
	switch c {
	case RC_SUCCESS:
		return nil
	case RC_OTP_ALREADY_USED:
		return ErrCode
	case RC_OTP_INVALID, RC_PARTNER_USER_LOGIN_FAILED, RC_BOGUS_OTP, RC_DATABASE_ERROR:
		return nil
	default:
		return &PanelError{Reason: "session", Err: ErrSession}
	}
}

// PanelError wraps a sentinel.
type PanelError struct {
	Reason string
	Err    error
}

func (e *PanelError) Error() string { return e.Reason }
func (e *PanelError) Unwrap() error { return e.Err }

// Fault carries a code.
type Fault struct{ Code RC }

func (f *Fault) Error() string { return fmt.Sprintf("fault %d", f.Code) }

// badgeErr falls back to ErrBadge for every code it does not list, and
// for the invalid session, whose clause only logs.
func badgeErr(c RC, logf func(string, ...any)) error {
	switch c {
	case RC_SUCCESS:
		return nil
	case RC_SESSION_TOKEN_INVALID:
		logf("kiosk: session expired")
	case RC_OTP_INVALID:
		return ErrCode
	}
	return ErrBadge
}
