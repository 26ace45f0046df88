// Package spgate is the payments team's SurePassID client. It never hands
// a return code to its callers: Reply.Err turns the code into one of the
// package's sentinel errors, which callers test with errors.Is.
package spgate

import (
	"context"
	"errors"
	"fmt"
)

// BaseURL is the SurePassID REST endpoint.
const BaseURL = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code mirrors the SurePassID return codes the gateway names.
type Code int

const (
	CodeSuccess                                Code = 0
	CodePartnerUserLoginFailed                 Code = 9001
	CodeOTPAlreadyUsed                         Code = 9002
	CodeOTPInvalid                             Code = 9003
	CodePartnerUserLoginDisabled               Code = 9007
	CodeDatabaseError                          Code = 9010
	CodeSMSSendError                           Code = 9012
	CodeMaximumFailedOTPRequestsExceeded       Code = 9015
	CodeBogusOTP                               Code = 9030
	CodePartnerUserLoginAttepmtedOTPByPass     Code = 9051
	CodeMaximumLoginPartnerUserAttempsExceeded Code = 9096
)

// The sentinels callers test for.
var (
	ErrBadOTP          = errors.New("spgate: one-time password rejected")
	ErrOTPReplayed     = errors.New("spgate: one-time password already used")
	ErrLockedOut       = errors.New("spgate: too many attempts")
	ErrUserDisabled    = errors.New("spgate: user disabled")
	ErrDeliveryPending = errors.New("spgate: code delivery failed, try again")
	ErrUpstream        = errors.New("spgate: upstream failure")

	// ErrNoSession is the client's own: it stands for no return code.
	ErrNoSession = errors.New("spgate: no session configured")
)

// Reply is the envelope of every answer.
type Reply struct {
	ErrorCode    Code   `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// OK reports whether the call succeeded.
func (r *Reply) OK() bool { return r.ErrorCode == CodeSuccess } // want OK:"codeswitch\\(predicate: true when receiver.ErrorCode is Success\\)"

// Err maps the reply's code onto a sentinel, wrapped with the code so that
// logs keep it.
func (r *Reply) Err() error { // want Err:"codeswitch\\(nil error when receiver.ErrorCode is Success\\)"
	switch r.ErrorCode {
	case CodeSuccess:
		return nil
	case CodeOTPInvalid, CodeBogusOTP:
		return fmt.Errorf("%w (code %d)", ErrBadOTP, int(r.ErrorCode))
	case CodeOTPAlreadyUsed:
		return ErrOTPReplayed
	case CodeMaximumFailedOTPRequestsExceeded, CodeMaximumLoginPartnerUserAttempsExceeded:
		return ErrLockedOut
	case CodePartnerUserLoginDisabled:
		return ErrUserDisabled
	case CodeSMSSendError:
		return ErrDeliveryPending
	}
	return fmt.Errorf("%w (code %d)", ErrUpstream, int(r.ErrorCode))
}

// Client calls SurePassID.
type Client struct {
	Do func(ctx context.Context, op string, in map[string]string) (*Reply, error)
}

// CheckOTP validates a one-time password.
func (c *Client) CheckOTP(ctx context.Context, user, otp string) (*Reply, error) {
	if c.Do == nil {
		return nil, ErrNoSession
	}
	return c.Do(ctx, "validate_oath_otp", map[string]string{"username": user, "otp": otp})
}

// Verify validates a one-time password and returns the reply's error.
func (c *Client) Verify(ctx context.Context, user, otp string) error {
	rep, err := c.CheckOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	return rep.Err()
}

// SessionLive reports whether a session token is still valid; false with
// the reply's error when the server did not say so.
func (c *Client) SessionLive(ctx context.Context, token string) (bool, error) {
	rep, err := c.Do(ctx, "is_session_token_valid", map[string]string{"token": token})
	if err != nil {
		return false, err
	}
	if err := rep.Err(); err != nil {
		return false, err
	}
	return true, nil
}
