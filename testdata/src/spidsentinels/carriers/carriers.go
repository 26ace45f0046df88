// Package carriers is a SurePassID client whose sentinels carry their codes:
// keyed and positional literals of its error types, a constructor, and a
// table keyed by codes written as numbers.
package carriers

import (
	"errors"
	"fmt"
)

// Endpoint is the SurePassID REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// APIError is a failed answer; Is matches by code.
type APIError struct {
	Code int
	Msg  string
}

func (e *APIError) Error() string { return fmt.Sprintf("carriers: %s (%d)", e.Msg, e.Code) }

func (e *APIError) Is(target error) bool {
	t, ok := target.(*APIError)
	return ok && t.Code == e.Code
}

func newErr(code int, msg string) *APIError { return &APIError{Code: code, Msg: msg} }

// Status mirrors the codes.
type Status int

const (
	StatusSuccess    Status = 0
	StatusOTPUsed    Status = 9002
	StatusOTPInvalid Status = 9003
	StatusLocked     Status = 9015
)

type sentinel struct {
	status Status
	msg    string
}

func (s sentinel) Error() string { return s.msg }

var (
	ErrOTPReused        = &APIError{Code: 9002, Msg: "otp reused"}          // want "sentinel OTPAlreadyUsed$"
	ErrOTPInvalid       = newErr(9003, "otp invalid")                       // want "sentinel OTPInvalid$"
	ErrLocked           = &APIError{9015, "locked"}                         // want "sentinel MaximumFailedOTPRequestsExceeded$"
	ErrUsed       error = sentinel{StatusOTPUsed, "used"}                   // want "sentinel OTPAlreadyUsed$"
	ErrWrong      error = &sentinel{msg: "wrong", status: StatusOTPInvalid} // want "sentinel OTPInvalid$"
	ErrBackend          = errors.New("carriers: backend")                   // want "sentinel DatabaseError$"
	ErrDelivery         = errors.New("carriers: delivery")                  // want "sentinel SMSSendError$"
	ErrTamper           = errors.New("carriers: tamper")                    // want "sentinel PartnerUserLoginAttepmtedOTPByPass$"

	// Not a code: a constructor given something else, the client's own.
	ErrTimeout = newErr(-1, "timeout")
	ErrNoConf  = errors.New("carriers: no configuration")
)

var byCode = map[int]error{
	9010: ErrBackend,
	9012: ErrDelivery,
	9051: ErrTamper,
}

// reply is SurePassID's answer.
type reply struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// errOf turns a reply into an error carrying its code.
func errOf(r reply) error {
	if e := byCode[r.ErrorCode]; e != nil {
		return e
	}
	if r.ErrorCode != 0 {
		return &APIError{Code: r.ErrorCode, Msg: "refused"}
	}
	return nil
}
