// Package approve waits for a trader to approve a large order on the
// SurePassID push app, polling the answer.
package approve

import (
	"context"
	"errors"
	"time"

	"codeswitch/brokerage/spauth"
)

var (
	errDenied  = errors.New("approve: the push was denied")
	errTimeout = errors.New("approve: no answer in time")
)

type ledger interface {
	Release(ctx context.Context, order string) error
}

// Approver polls the push status.
type Approver struct {
	sp       spauth.Client
	ledger   ledger
	attempts int
	every    time.Duration
}

// Release polls with an approval flag tested after the loop: only Success
// sets it. Not reported.
func (a *Approver) Release(ctx context.Context, tx, order string) error {
	approved := false
poll:
	for attempt := 0; attempt < a.attempts; attempt++ {
		r, err := a.sp.PushStatus(ctx, tx)
		if err != nil {
			return err
		}
		switch r.ErrorCode {
		case spauth.Pending:
			time.Sleep(a.every)
			continue
		case spauth.Success:
			approved = true
			break poll
		case spauth.OTPInvalid, spauth.PartnerUserLoginDisabled:
			return errDenied
		}
	}
	if !approved {
		return errTimeout
	}
	return a.ledger.Release(ctx, order)
}

// Settle keeps a denial flag: an unlisted code leaves the loop with the
// flag unset, and the order is released. Reported.
func (a *Approver) Settle(ctx context.Context, tx, order string) error {
	denied := false
	for attempt := 0; attempt < a.attempts; attempt++ {
		r, err := a.sp.PushStatus(ctx, tx)
		if err != nil {
			return err
		}
		if r.ErrorCode == spauth.Pending {
			time.Sleep(a.every)
			continue
		}
		switch r.ErrorCode { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		case spauth.OTPInvalid, spauth.OTPAlreadyUsed:
			denied = true
		}
		break
	}
	if denied {
		return errDenied
	}
	return a.ledger.Release(ctx, order)
}

// Wait sets its flag in a default: every code but Pending and the
// listed ones is a denial. Not reported.
func (a *Approver) Wait(ctx context.Context, tx, order string) error {
	ok := false
loop:
	for i := 0; i < a.attempts; i++ {
		r, err := a.sp.PushStatus(ctx, tx)
		if err != nil {
			return err
		}
		switch r.ErrorCode {
		case spauth.Pending:
			time.Sleep(a.every)
		case spauth.Success:
			ok = true
			break loop
		default:
			break loop
		}
	}
	if !ok {
		return errDenied
	}
	return a.ledger.Release(ctx, order)
}

// Expire starts approved and clears the flag for the codes it lists: an
// unlisted code leaves the loop approved. Reported.
func (a *Approver) Expire(ctx context.Context, tx, order string) error {
	approved := true
	for i := 0; i < a.attempts; i++ {
		r, err := a.sp.PushStatus(ctx, tx)
		if err != nil {
			return err
		}
		if r.ErrorCode == spauth.Pending { // want `fail-open if-else chain over SurePassID return codes`
			time.Sleep(a.every)
			continue
		}
		if r.ErrorCode == spauth.OTPInvalid || r.ErrorCode == spauth.BogusOTP {
			approved = false
		}
		break
	}
	if !approved {
		return errDenied
	}
	return a.ledger.Release(ctx, order)
}
