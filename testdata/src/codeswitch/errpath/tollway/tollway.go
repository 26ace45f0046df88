// Package tollway is a toll operator's account service: a driver confirms
// a top-up or a plate change with a one-time password. Its methods return
// the client's error unchanged for the codes they do not list, on paths
// that tested that error non-nil: every such code is rejected.
package tollway

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"codeswitch/errpath/tollsp"
)

// Receipt is a top-up's receipt.
type Receipt struct {
	Driver string
	Cents  int
}

// Ledger books top-ups.
type Ledger interface {
	Book(ctx context.Context, driver string, cents int) (*Receipt, error)
	Note(ctx context.Context, driver, what string) error
}

// Service is the account service.
type Service struct {
	SP     *tollsp.Client
	Ledger Ledger
}

var (
	errWrongCode = errors.New("the code is wrong, ask for a new one")
	errNoSend    = errors.New("we could not send a code, try another channel")
)

// TopUp maps two codes onto its own errors inside if err != nil, and
// returns err for the others: quiet.
func (s *Service) TopUp(ctx context.Context, driver, otp string, cents int) (*Receipt, error) {
	err := s.SP.CheckOTP(ctx, driver, otp)
	if err != nil {
		var spErr *tollsp.Error
		if errors.As(err, &spErr) {
			switch spErr.Code {
			case tollsp.OTPInvalid, tollsp.BogusOTP:
				return nil, errWrongCode
			case tollsp.OTPAlreadyUsed:
				return nil, fmt.Errorf("code already used: %w", err)
			}
		}
		return nil, err
	}
	return s.Ledger.Book(ctx, driver, cents)
}

// ChangePlate leaves with success first (if err == nil { ... return }),
// then tells two codes apart in an if-else chain over the errors.As
// target and returns err: quiet.
func (s *Service) ChangePlate(ctx context.Context, driver, otp, plate string) error {
	err := s.SP.CheckOTP(ctx, driver, otp)
	if err == nil {
		return s.Ledger.Note(ctx, driver, "plate "+plate)
	}
	slog.WarnContext(ctx, "plate change refused", "driver", driver, "err", err)
	var spErr *tollsp.Error
	if errors.As(err, &spErr) {
		if spErr.Code == tollsp.OTPInvalid {
			return errWrongCode
		} else if spErr.Code == tollsp.MaximumFailedOTPRequestsExceeded {
			return errors.New("too many attempts, try again in an hour")
		}
	}
	return err
}

// Resend returns the errors.As target itself for the codes it does not
// list: non-nil once errors.As held, quiet.
func (s *Service) Resend(ctx context.Context, driver, channel string) error {
	err := s.SP.SendOTP(ctx, driver, channel)
	var spErr *tollsp.Error
	if errors.As(err, &spErr) {
		switch spErr.Code {
		case tollsp.SMSSendError, tollsp.EmailSendError:
			return errNoSend
		}
		return spErr
	}
	return err
}

// Statement has named results and a bare return of err, tested non-nil
// by the else of if err == nil: quiet.
func (s *Service) Statement(ctx context.Context, driver, otp string) (r *Receipt, err error) {
	err = s.SP.CheckOTP(ctx, driver, otp)
	if err == nil {
		r = &Receipt{Driver: driver}
	} else {
		switch tollsp.CodeOf(err) {
		case tollsp.OTPInvalid, tollsp.BogusOTP:
			return nil, errWrongCode
		}
		return
	}
	return r, nil
}

// Refund returns another error variable than the one it tested: rerr is
// nil on the way to the return, so an unlisted code refunds.
func (s *Service) Refund(ctx context.Context, driver, otp string, cents int) (*Receipt, error) {
	r, rerr := s.Ledger.Book(ctx, driver, -cents)
	if rerr != nil {
		return nil, rerr
	}
	if err := s.SP.CheckOTP(ctx, driver, otp); err != nil {
		var spErr *tollsp.Error
		if errors.As(err, &spErr) {
			switch spErr.Code { // want `fail-open switch over SurePassID return codes`
			case tollsp.OTPInvalid:
				return nil, errWrongCode
			}
		}
		return r, rerr
	}
	return r, nil
}

// Transfer reassigns err after the guard: the ledger's error, nil when the
// booking succeeds, is what an unlisted code returns.
func (s *Service) Transfer(ctx context.Context, driver, otp string, cents int) (*Receipt, error) {
	err := s.SP.CheckOTP(ctx, driver, otp)
	if err != nil {
		var spErr *tollsp.Error
		if errors.As(err, &spErr) {
			switch spErr.Code { // want `fail-open switch over SurePassID return codes`
			case tollsp.OTPInvalid, tollsp.OTPAlreadyUsed:
				return nil, errWrongCode
			}
		}
		slog.WarnContext(ctx, "transfer otp", "err", err)
		var r *Receipt
		r, err = s.Ledger.Book(ctx, driver, cents)
		return r, err
	}
	return s.Ledger.Book(ctx, driver, cents)
}

// Unlock returns err after the errors.As that read the code: for every
// code the switch reads err is non-nil, and for Success (no *Error) it is
// nil and the unlock goes on at the caller: quiet.
func (s *Service) Unlock(ctx context.Context, driver, otp string) error {
	err := s.SP.CheckOTP(ctx, driver, otp)
	var spErr *tollsp.Error
	if errors.As(err, &spErr) {
		switch spErr.Code {
		case tollsp.OTPInvalid, tollsp.BogusOTP:
			return errWrongCode
		}
	}
	return err
}

// Rebind switches over tollsp.CodeOf(err) and returns err for the other
// codes: CodeOf answers a failure code only for a non-nil err: quiet.
func (s *Service) Rebind(ctx context.Context, driver, otp string) (*Receipt, error) {
	err := s.SP.CheckOTP(ctx, driver, otp)
	switch tollsp.CodeOf(err) {
	case tollsp.Success:
		return &Receipt{Driver: driver}, nil
	case tollsp.OTPInvalid, tollsp.BogusOTP:
		return nil, errWrongCode
	}
	return nil, err
}
