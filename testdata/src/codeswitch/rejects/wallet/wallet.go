// Package wallet guards a mobile wallet's sign-in and payments with
// SurePassID; refusals are built by helpers returning a concrete error
// type, converted to the error result.
package wallet

import (
	"context"
	"errors"
	"slices"
)

// Answer is the envelope of a SurePassID reply.
type Answer struct {
	ErrorCode    int64  `json:"errorCode,string"`
	ErrorMessage string `json:"errorMessage"`
}

// Gateway calls SurePassID.
type Gateway interface {
	ValidateOTP(ctx context.Context, user, otp string) (*Answer, error)
}

// result is a SurePassID return code as the wallet names it.
type result int64

const (
	resultOK             result = 0
	resultOTPUsed        result = 9002
	resultOTPInvalid     result = 9003
	resultMaxOTPFailures result = 9015
	resultBogusOTP       result = 9030
	resultLockedOut      result = 9096
	resultTokenInvalid   result = 9106
)

var (
	errBadCode = errors.New("wallet: bad code")
	errLocked  = errors.New("wallet: locked")
)

// DeniedError is a refusal keeping the vendor's code.
type DeniedError struct {
	Step   string
	Result result
	Text   string
	cause  error
}

func (e *DeniedError) Error() string { return "wallet " + e.Step + ": " + e.cause.Error() }

func (e *DeniedError) Unwrap() error { return e.cause } // want Unwrap:"codeswitch\\(accessor: receiver.cause\\)"

func denied(step string, r result, text string, cause error) *DeniedError {
	return &DeniedError{Step: step, Result: r, Text: text, cause: cause}
}

// StepError is a refusal of a payment step-up, built by value.
type StepError struct {
	Payment string
	Result  result
}

func (e StepError) Error() string { return "wallet: step-up refused for " + e.Payment }

func stepRefused(payment string, r result) StepError {
	return StepError{Payment: payment, Result: r}
}

// Token is a wallet session.
type Token struct{ Value string }

// Service signs customers in.
type Service struct{ gw Gateway }

func (s *Service) mint(user string) (Token, error) { return Token{Value: user}, nil }

// SignIn refuses two kinds of wrong code and mints a token for the rest.
func (s *Service) SignIn(ctx context.Context, user, otp string) (Token, error) {
	ans, err := s.gw.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Token{}, err
	}
	r := result(ans.ErrorCode)
	switch r { // want `fail-open switch over SurePassID return codes`
	case resultOTPInvalid, resultBogusOTP:
		return Token{}, denied("signin", r, ans.ErrorMessage, errBadCode)
	case resultMaxOTPFailures, resultLockedOut:
		return Token{}, denied("signin", r, ans.ErrorMessage, errLocked)
	}
	return s.mint(user)
}

// refuse builds the refusal on the service, through a local.
func (s *Service) refuse(step string, r result, cause error) *DeniedError {
	e := &DeniedError{Step: step, Result: r}
	e.cause = cause
	return e
}

var pushRefusals = []result{resultOTPInvalid, resultBogusOTP, resultOTPUsed}

// Approve refuses the listed answers and approves the rest.
func (s *Service) Approve(ctx context.Context, user, otp string) (Token, error) {
	ans, err := s.gw.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Token{}, err
	}
	r := result(ans.ErrorCode)
	if slices.Contains(pushRefusals, r) { // want `fail-open`
		return Token{}, s.refuse("approve", r, errBadCode)
	}
	return s.mint(user)
}

// Resume refuses an expired token only.
func (s *Service) Resume(ctx context.Context, user, otp string) (Token, error) {
	ans, err := s.gw.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Token{}, err
	}
	if r := result(ans.ErrorCode); r == resultTokenInvalid { // want `fail-open`
		return Token{}, denied("resume", r, ans.ErrorMessage, errLocked)
	}
	return s.mint(user)
}

var signupFailures = map[result]error{
	resultOTPInvalid: errBadCode,
	resultBogusOTP:   errBadCode,
	resultLockedOut:  errLocked,
}

// Enroll refuses the answers of its table and enrolls on the rest.
func (s *Service) Enroll(ctx context.Context, user, otp string) (Token, error) {
	ans, err := s.gw.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Token{}, err
	}
	r := result(ans.ErrorCode)
	cause, failed := signupFailures[r] // want `fail-open`
	if failed {
		return Token{}, denied("enroll", r, ans.ErrorMessage, cause)
	}
	return s.mint(user)
}

// Pay refuses locked accounts with a StepError value and pays otherwise.
func (s *Service) Pay(ctx context.Context, user, otp, payment string) error {
	ans, err := s.gw.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch r := result(ans.ErrorCode); r { // want `fail-open`
	case resultMaxOTPFailures, resultLockedOut:
		return stepRefused(payment, r)
	}
	return nil
}

// SignInStrict is SignIn failing closed: not reported.
func (s *Service) SignInStrict(ctx context.Context, user, otp string) (Token, error) {
	ans, err := s.gw.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Token{}, err
	}
	r := result(ans.ErrorCode)
	switch r {
	case resultOK:
		return s.mint(user)
	case resultMaxOTPFailures, resultLockedOut:
		return Token{}, denied("signin", r, ans.ErrorMessage, errLocked)
	default:
		return Token{}, denied("signin", r, ans.ErrorMessage, errBadCode)
	}
}

// ApproveStrict refuses everything but success through the same helper
// after its list: not reported.
func (s *Service) ApproveStrict(ctx context.Context, user, otp string) (Token, error) {
	ans, err := s.gw.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Token{}, err
	}
	r := result(ans.ErrorCode)
	if slices.Contains(pushRefusals, r) {
		return Token{}, s.refuse("approve", r, errBadCode)
	}
	if r != resultOK {
		return Token{}, s.refuse("approve", r, errLocked)
	}
	return s.mint(user)
}
