package desk

import (
	"context"
	"errors"

	"codeswitch/brokerage/spauth"
)

var errHalted = errors.New("desk: trading halted for this account")

// Action is what the session does next.
type Action int

const (
	Continue Action = iota
	Halt
	Challenge
)

// defaultOutcomes builds the session's table.
func defaultOutcomes() map[spauth.Code]Action {
	return map[spauth.Code]Action{
		spauth.OTPInvalid:               Halt,
		spauth.PartnerUserLoginDisabled: Halt,
		spauth.AccountExpired:           Challenge,
	}
}

// Session holds its table in a field, set once by NewSession.
type Session struct {
	sp       spauth.Client
	book     book
	outcomes map[spauth.Code]Action
}

func NewSession(sp spauth.Client, b book) *Session {
	s := &Session{sp: sp, book: b}
	s.outcomes = defaultOutcomes()
	return s
}

// Execute dispatches through the field: an unlisted code continues.
// Reported.
func (s *Session) Execute(ctx context.Context, user, otp, order string) error {
	resp, err := s.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if act, ok := s.outcomes[resp.ErrorCode]; ok && act == Halt { // want `fail-open if-else chain over SurePassID return codes`
		return errHalted
	}
	return s.book.Place(ctx, order)
}

// Policy returns its table from a method.
type Policy struct{ strict bool }

func (p *Policy) table() map[int]Action {
	return map[int]Action{
		9003: Halt,
		9002: Halt,
		9015: Halt,
	}
}

// Check halts for a listed code; any other continues. Reported.
func (p *Policy) Check(ctx context.Context, sp spauth.Client, user, otp string) error {
	resp, err := sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	act := p.table()[int(resp.ErrorCode)] // want `fail-open table lookup over SurePassID return codes`
	if act == Halt {
		return errHalted
	}
	return nil
}

// holds is a package table built by a function literal.
var holds = func() map[spauth.Code]Action {
	m := map[spauth.Code]Action{
		spauth.BogusOTP:       Halt,
		spauth.OTPAlreadyUsed: Halt,
	}
	return m
}()

// Hold dispatches through it. Reported.
func (s *Session) Hold(ctx context.Context, user, otp, order string) error {
	resp, err := s.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch holds[resp.ErrorCode] { // want `fail-open switch over SurePassID return codes`
	case Halt:
		return errHalted
	case Challenge:
		return errStepUp
	}
	return s.book.Place(ctx, order)
}

// strictOutcomes lists Success, and the lookup refuses a miss.
func strictOutcomes() map[spauth.Code]Action {
	return map[spauth.Code]Action{
		spauth.Success:    Continue,
		spauth.OTPInvalid: Halt,
	}
}

// Resume refuses a code its table leaves out. Not reported.
func (s *Session) Resume(ctx context.Context, user, otp, order string) error {
	resp, err := s.sp.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	act, ok := strictOutcomes()[resp.ErrorCode]
	if !ok || act != Continue {
		return errHalted
	}
	return s.book.Place(ctx, order)
}
