// Package lookalike is a payment processor's client: its error literals,
// constructor and table carry the processor's own codes, which happen to be
// numbered like SurePassID's. No SurePassID signal: nothing is a sentinel.
package lookalike

import (
	"errors"
	"fmt"
)

type GatewayError struct {
	Code int
	Msg  string
}

func (e *GatewayError) Error() string { return fmt.Sprintf("gateway: %s (%d)", e.Msg, e.Code) }

func newErr(code int, msg string) *GatewayError { return &GatewayError{Code: code, Msg: msg} }

type refusal struct {
	code int
	msg  string
}

func (r refusal) Error() string { return r.msg }

var (
	ErrDeclined        = &GatewayError{Code: 9002, Msg: "declined"}
	ErrExpired         = newErr(9003, "card expired")
	ErrFraud           = &GatewayError{9015, "fraud"}
	ErrLimit     error = refusal{9010, "limit"}
	ErrCurrency        = errors.New("gateway: currency")
	ErrVelocity        = errors.New("gateway: velocity")
	ErrBlacklist       = errors.New("gateway: blacklisted")
)

var byCode = map[int]error{
	9010: ErrCurrency,
	9012: ErrVelocity,
	9051: ErrBlacklist,
}

func lookup(code int) error { return byCode[code] }
