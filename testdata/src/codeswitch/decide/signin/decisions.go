package signin

import (
	"context"
	"log"

	"codeswitch/decide/spapi"
)

// Decision is what the policy engine decides for a sign-in.
type Decision int

// The decisions.
const (
	Allow Decision = iota
	Deny
	StepUp
)

// Result is the policy engine's answer.
type Result struct {
	Decision Decision
	Reason   string
}

// VerifyFlag marks the failures denied and rejects them after the switch:
// not reported.
func (s *Service) VerifyFlag(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	denied := false
	switch res.ErrorCode {
	case spapi.Success:
	case spapi.MaximumFailedOTPRequestsExceeded:
		return ErrLocked
	case spapi.OTPInvalid, spapi.BogusOTP:
		log.Printf("signin: bad code for %s", user)
		denied = true
	default:
		denied = true
	}
	s.Audit(user, res.ErrorCode)
	if denied {
		return ErrDenied
	}
	return nil
}

// VerifyAllowed is an allow-list: only Success clears the flag the
// function starts with. Not reported.
func (s *Service) VerifyAllowed(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	var allowed bool
	switch res.ErrorCode {
	case spapi.MaximumFailedOTPRequestsExceeded:
		return ErrLocked
	case spapi.Success:
		allowed = true
	}
	s.Audit(user, res.ErrorCode)
	if !allowed {
		return ErrDenied
	}
	return nil
}

// VerifyFlagOpen sets the flag for the listed codes only; the unlisted
// ones pass the test like Success. Reported.
func (s *Service) VerifyFlagOpen(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	denied := false
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall through unhandled`
	case spapi.MaximumFailedOTPRequestsExceeded:
		return ErrLocked
	case spapi.OTPInvalid, spapi.BogusOTP:
		denied = true
	}
	s.Audit(user, res.ErrorCode)
	if denied {
		return ErrDenied
	}
	return nil
}

// Decide answers the policy engine with a decision value: the failures it
// lists are denied as data, the others allowed like Success. Reported.
func (s *Service) Decide(ctx context.Context, user, otp string) Result {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Result{Decision: Deny, Reason: "unavailable"}
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case spapi.OTPInvalid, spapi.BogusOTP:
		return Result{Decision: Deny, Reason: "bad code"}
	}
	return Result{Decision: Allow}
}

// DecideStrict denies everything but Success, through a field of the
// answer: not reported.
func (s *Service) DecideStrict(ctx context.Context, user, otp string) *Result {
	out := &Result{Decision: Allow}
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		out.Decision = Deny
		return out
	}
	switch res.ErrorCode {
	case spapi.Success:
	case spapi.OTPInvalid, spapi.BogusOTP:
		out.Decision, out.Reason = Deny, "bad code"
	default:
		out.Decision = Deny
	}
	return out
}

// DecideStepUp asks for a second factor on delivery failures: a decision
// that is no rejection, in a switch mapping codes to answers. Not
// reported.
func (s *Service) DecideStepUp(ctx context.Context, user, otp string) Result {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return Result{Decision: StepUp}
	}
	switch res.ErrorCode {
	case spapi.SMSSendError, spapi.EmailSendError:
		return Result{Decision: StepUp, Reason: "delivery"}
	}
	return Result{Decision: Allow}
}

// VerifyNamed answers through named results and a bare return: every
// failure sets err. Not reported.
func (s *Service) VerifyNamed(ctx context.Context, user, otp string) (ok bool, err error) {
	res, callErr := s.SP.ValidateOTP(ctx, user, otp)
	if callErr != nil {
		err = callErr
		return
	}
	switch res.ErrorCode {
	case spapi.Success:
		ok = true
	case spapi.MaximumFailedOTPRequestsExceeded:
		err = ErrLocked
	default:
		err = ErrDenied
	}
	return
}

// VerifyNamedOpen sets err for the listed codes only; the others reach
// ok = true and the bare return. Reported.
func (s *Service) VerifyNamedOpen(ctx context.Context, user, otp string) (ok bool, err error) {
	res, callErr := s.SP.ValidateOTP(ctx, user, otp)
	if callErr != nil {
		err = callErr
		return
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case spapi.OTPInvalid, spapi.BogusOTP:
		err = ErrDenied
		return
	}
	ok = true
	return
}

// Notice is a message shown to the user.
type Notice string

// The notices.
const (
	NoticeLoginFailed Notice = "Sign-in failed."
	NoticeBadCode     Notice = "That code did not work."
	NoticeWelcome     Notice = "Welcome back."
)

// NoticeFor maps codes to messages: a Notice is no decision, even one
// named ...Failed. Not reported.
func NoticeFor(code spapi.ReturnCode) Notice {
	switch code {
	case spapi.OTPInvalid, spapi.BogusOTP:
		return NoticeBadCode
	case spapi.PartnerLoginFailed:
		return NoticeLoginFailed
	}
	return NoticeWelcome
}
