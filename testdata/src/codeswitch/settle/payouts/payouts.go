// Package payouts moves money once a second factor checks out. The
// factor's answer carries the provider's number as a plain int; the
// service compares it with the numbers of SurePassID's documentation.
package payouts

import (
	"context"
	"errors"
	"fmt"

	"codeswitch/settle/payouts/either"
	"codeswitch/settle/payouts/port"
	"codeswitch/settle/payouts/spgate"
)

var (
	errLocked   = errors.New("payouts: account locked")
	errReplayed = errors.New("payouts: code already used")
	errBadCode  = errors.New("payouts: wrong code")
)

// Rail sends transfers.
type Rail interface {
	Send(ctx context.Context, iban string, cents int64) (string, error)
}

// Service releases payouts.
type Service struct {
	MFA  port.SecondFactor
	Rail Rail
}

// Release names five failures in three groups and sends the money for
// every other answer: reported.
func (s *Service) Release(ctx context.Context, user, otp, iban string, cents int64) either.Outcome[string] {
	chk, err := s.MFA.Check(ctx, user, otp)
	if errors.Is(err, spgate.ErrUnavailable) {
		return either.Fail[string](err)
	}
	if chk.VendorCode == 9015 || chk.VendorCode == 9096 { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return either.Fail[string](errLocked)
	} else if chk.VendorCode == 9002 {
		return either.Fail[string](errReplayed)
	} else if chk.VendorCode == 9003 || chk.VendorCode == 9030 {
		return either.Fail[string](fmt.Errorf("payouts: %s", chk.Note))
	}
	ref, err := s.Rail.Send(ctx, iban, cents)
	if err != nil {
		return either.Fail[string](err)
	}
	return either.Done(ref)
}

// Sweep writes the groups as consecutive ifs and returns a plain error:
// reported.
func (s *Service) Sweep(ctx context.Context, user, otp, iban string) (string, error) {
	chk, err := s.MFA.Check(ctx, user, otp)
	if err != nil && chk.VendorCode == 0 {
		return "", err
	}
	if chk.VendorCode == 9003 || chk.VendorCode == 9030 { // want `fail-open if-else chain over SurePassID return codes`
		return "", errBadCode
	}
	if chk.VendorCode == 9007 {
		return "", errLocked
	}
	return s.Rail.Send(ctx, iban, 0)
}

// Hold names only two numbers: a pair may be anything. Not reported.
func (s *Service) Hold(ctx context.Context, user, otp, iban string) either.Outcome[string] {
	chk, _ := s.MFA.Check(ctx, user, otp)
	if chk.VendorCode == 9015 || chk.VendorCode == 9096 {
		return either.Fail[string](errLocked)
	}
	ref, _ := s.Rail.Send(ctx, iban, 1)
	return either.Done(ref)
}

// Batch compares with a number SurePassID does not publish: someone
// else's codes. Not reported.
func (s *Service) Batch(ctx context.Context, user, otp, iban string) either.Outcome[string] {
	chk, _ := s.MFA.Check(ctx, user, otp)
	if chk.VendorCode == 9015 || chk.VendorCode == 9024 {
		return either.Fail[string](errLocked)
	} else if chk.VendorCode == 9002 {
		return either.Fail[string](errReplayed)
	} else if chk.VendorCode == 9003 {
		return either.Fail[string](errBadCode)
	}
	ref, _ := s.Rail.Send(ctx, iban, 2)
	return either.Done(ref)
}

// Settle names the same groups and refuses every other failure: not
// reported.
func (s *Service) Settle(ctx context.Context, user, otp, iban string) either.Outcome[string] {
	chk, _ := s.MFA.Check(ctx, user, otp)
	if chk.VendorCode == 9015 || chk.VendorCode == 9096 {
		return either.Fail[string](errLocked)
	} else if chk.VendorCode == 9002 {
		return either.Fail[string](errReplayed)
	} else if chk.VendorCode == 9003 || chk.VendorCode == 9030 {
		return either.Fail[string](errBadCode)
	} else if chk.VendorCode != 0 {
		return either.Fail[string](fmt.Errorf("payouts: refused (%d)", chk.VendorCode))
	}
	ref, _ := s.Rail.Send(ctx, iban, 3)
	return either.Done(ref)
}

// Preview wraps the caller's own error, which may be nil: the chain
// rejects nothing it can tell. Not reported.
func (s *Service) Preview(ctx context.Context, user, otp string) either.Outcome[string] {
	chk, err := s.MFA.Check(ctx, user, otp)
	if chk.VendorCode == 9015 || chk.VendorCode == 9096 {
		return either.Fail[string](err)
	} else if chk.VendorCode == 9002 || chk.VendorCode == 9003 {
		return either.Fail[string](err)
	}
	return either.Done("preview")
}
