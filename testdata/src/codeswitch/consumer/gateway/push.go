package gateway

import (
	"context"
	"log"

	"codeswitch/consumer/authn"
)

// Payouts is the payouts service as the poller sees it.
type Payouts interface {
	Release(ctx context.Context, id string) error
	Decline(ctx context.Context, id string) error
	Expire(ctx context.Context, id string) error
}

// Poller resolves push approvals.
type Poller struct {
	SP    *authn.Client
	Store Payouts
}

// Poll declines a denied push or a bad OTP, expires an expired one, and
// releases everything else: a reused OTP or a disabled user releases the
// payout. Reported.
func (p *Poller) Poll(ctx context.Context, ids, txns []string) {
	for i, id := range ids {
		rep, err := p.SP.Tap(ctx, txns[i])
		if err != nil {
			continue
		}
		switch { // want `fail-open switch over SurePassID return codes`
		case rep.GetStatus() == "pending":
			continue
		case rep.GetStatus() == "denied", rep.GetErrorCode() == authn.SP_OTP_INVALID:
			log.Printf("payout %s declined: %s", id, rep.ErrorMessage)
			_ = p.Store.Decline(ctx, id)
			continue
		case rep.GetErrorCode() == authn.SP_SEND_OTP_EXPIRED:
			_ = p.Store.Expire(ctx, id)
			continue
		}
		_ = p.Store.Release(ctx, id)
	}
}

// PollStrict ends with a case for every other failure: not reported.
func (p *Poller) PollStrict(ctx context.Context, ids, txns []string) {
	for i, id := range ids {
		rep, err := p.SP.Tap(ctx, txns[i])
		if err != nil {
			continue
		}
		switch {
		case rep.GetStatus() == "pending":
			continue
		case rep.GetErrorCode() == authn.SP_SEND_OTP_EXPIRED:
			_ = p.Store.Expire(ctx, id)
			continue
		case rep.GetStatus() == "denied", rep.GetErrorCode() != authn.SP_SUCCESS:
			_ = p.Store.Decline(ctx, id)
			continue
		}
		_ = p.Store.Release(ctx, id)
	}
}

// PollStatus switches on the push status only: not a code dispatch.
func (p *Poller) PollStatus(ctx context.Context, ids, txns []string) {
	for i, id := range ids {
		rep, err := p.SP.Tap(ctx, txns[i])
		if err != nil || rep.GetErrorCode() != authn.SP_SUCCESS {
			continue
		}
		switch {
		case rep.GetStatus() == "pending":
			continue
		case rep.GetStatus() == "denied":
			_ = p.Store.Decline(ctx, id)
			continue
		}
		_ = p.Store.Release(ctx, id)
	}
}
