// Package account signs users in against SurePassID through package sp.
package account

import (
	"context"
	"errors"
	"log"
	"time"

	"codeswitch/restclient/sp"
)

var (
	ErrBadOTP      = errors.New("account: invalid one-time password")
	ErrLocked      = errors.New("account: locked")
	ErrDisabled    = errors.New("account: disabled")
	ErrDenied      = errors.New("account: sign-in denied")
	ErrUnavailable = errors.New("account: authentication service unavailable")
)

// Session is a signed-in user.
type Session struct {
	User  string
	Token string
}

// Store keeps sessions.
type Store interface {
	Create(user string) (*Session, error)
	Promote(user string)
}

// Service signs users in.
type Service struct {
	SP       sp.Client
	Sessions Store
}

func (s *Service) accept(user string) (*Session, error) {
	return s.Sessions.Create(user)
}

func issueToken(user string) string { return "tok-" + user }

// SignIn's success path is a call: every unlisted code gets a session.
func (s *Service) SignIn(ctx context.Context, user, password, otp string) (*Session, error) {
	res, err := s.SP.Login(ctx, user, password, otp)
	if err != nil {
		return nil, err
	}
	switch res.Code { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 77 more\)`
	case sp.OTPInvalid, sp.OTPAlreadyUsed:
		return nil, ErrBadOTP
	case sp.MaximumFailedOTPRequestsExceeded:
		return nil, ErrLocked
	}
	return s.accept(user)
}

// Token answers with a token computed by a call.
func (s *Service) Token(ctx context.Context, user, otp string) (string, error) {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return "", err
	}
	if res.Code == sp.OTPInvalid || res.Code == sp.BogusOTP { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		return "", ErrBadOTP
	}
	return issueToken(user), nil
}

// SignInStrict calls accept for Success only: not reported.
func (s *Service) SignInStrict(ctx context.Context, user, password, otp string) (*Session, error) {
	res, err := s.SP.Login(ctx, user, password, otp)
	if err != nil {
		return nil, err
	}
	switch res.Code {
	case sp.Success:
		return s.accept(user)
	case sp.MaximumFailedOTPRequestsExceeded:
		return nil, ErrLocked
	}
	return nil, ErrDenied
}

// Step is a tagless switch comparing the code in each case.
func (s *Service) Step(ctx context.Context, user, otp string) error {
	r, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall through unhandled`
	case r.Code == sp.OTPInvalid:
		return ErrBadOTP
	case r.Code == sp.AccountExpired || r.Code == sp.PartnerUserLoginDisabled:
		return ErrDisabled
	}
	s.Sessions.Promote(user)
	return nil
}

// StepStrict is a tagless allow-list: not reported.
func (s *Service) StepStrict(ctx context.Context, user, otp string) error {
	r, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch {
	case r.Code == sp.Success:
		s.Sessions.Promote(user)
		return nil
	case r.Code == sp.OTPInvalid:
		return ErrBadOTP
	default:
		return ErrDenied
	}
}

// Verify retries while SurePassID reports a database error, and breaks out
// of the loop into the success path for every unlisted code.
func (s *Service) Verify(ctx context.Context, user, otp string) error {
	for attempt := 1; ; attempt++ {
		r, err := s.SP.ValidateOTP(ctx, user, otp)
		if err != nil {
			return err
		}
		switch r.Code { // want `fail-open switch over SurePassID return codes: 80 security-relevant codes fall through unhandled`
		case sp.DatabaseError:
			if attempt < 3 {
				time.Sleep(time.Duration(attempt) * time.Second)
				continue
			}
			return ErrUnavailable
		case sp.OTPInvalid, sp.OTPAlreadyUsed:
			return ErrBadOTP
		}
		break
	}
	s.Sessions.Promote(user)
	return nil
}

// VerifyRenewing renews an expired session and tries again; the catch-all
// after the switch rejects every other failure: not reported.
func (s *Service) VerifyRenewing(ctx context.Context, user, otp string) error {
	for {
		r, err := s.SP.ValidateOTP(ctx, user, otp)
		if err != nil {
			return err
		}
		switch r.Code {
		case sp.SessionTokenInvalid:
			if err := s.SP.Renew(ctx, user); err != nil {
				return err
			}
			continue
		case sp.OTPInvalid:
			return ErrBadOTP
		}
		if r.Code != sp.Success {
			return ErrDenied
		}
		s.Sessions.Promote(user)
		return nil
	}
}

// Confirm lists OTPAlreadyUsed but only logs it, and it falls out into the
// success path like Success.
func (s *Service) Confirm(ctx context.Context, user, otp string) (bool, error) {
	r, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return false, err
	}
	switch r.Code { // want `fail-open switch over SurePassID return codes: 1 security-relevant code is listed but falls through to the success path \(OTPAlreadyUsed\)`
	case sp.OTPInvalid:
		return false, ErrBadOTP
	case sp.OTPAlreadyUsed:
		log.Printf("account: replayed OTP for %s", user)
	case sp.Success:
	default:
		return false, ErrDenied
	}
	return true, nil
}

// ConfirmOpen logs a listed code and has no default.
func (s *Service) ConfirmOpen(ctx context.Context, user, otp string) error {
	r, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch r.Code { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and 79 more\); listed but falling through to the success path: OTPAlreadyUsed`
	case sp.OTPInvalid:
		return ErrBadOTP
	case sp.OTPAlreadyUsed:
		log.Printf("account: replayed OTP for %s", user)
		break
	}
	s.Sessions.Promote(user)
	return nil
}

// ConfirmLogged logs and rejects a listed code; it logs a delivery failure
// and lets it through, which is no security concern: not reported.
func (s *Service) ConfirmLogged(ctx context.Context, user, otp string) (bool, error) {
	r, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return false, err
	}
	switch r.Code {
	case sp.OTPAlreadyUsed:
		log.Printf("account: replayed OTP for %s", user)
		return false, ErrBadOTP
	case sp.SMSSendError:
		log.Printf("account: SMS to %s failed", user)
	case sp.Success:
	default:
		return false, ErrDenied
	}
	return true, nil
}
