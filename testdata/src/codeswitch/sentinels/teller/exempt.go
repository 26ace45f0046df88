package teller

import (
	"context"
	"errors"
	"log"
	"net/http"

	"codeswitch/sentinels/spgate"
	"codeswitch/sentinels/store"
)

// CloseAccount pays out the balance of an account being closed. A user
// already disabled still gets the money back: that error is let through by
// name, every other one stops the payout. Nothing is reported.
func (t *Teller) CloseAccount(ctx context.Context, user, otp string) error {
	if err := t.SP.Verify(ctx, user, otp); err != nil && !errors.Is(err, spgate.ErrUserDisabled) {
		return err
	}
	return store.Release(user)
}

// Unfreeze is the same decision over the reply's code: everything but
// success and a disabled user is refused. Nothing is reported.
func (t *Teller) Unfreeze(w http.ResponseWriter, r *http.Request) {
	rep, err := t.SP.CheckOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if rep.ErrorCode != spgate.CodeSuccess && rep.ErrorCode != spgate.CodePartnerUserLoginDisabled {
		http.Error(w, "not confirmed", http.StatusForbidden)
		return
	}
	_ = store.Release(r.FormValue("user"))
	w.WriteHeader(http.StatusNoContent)
}

// Topup names the lockout in a branch that only logs: that is no
// exclusion, and every code but a replay releases the money.
func (t *Teller) Topup(ctx context.Context, user, otp string) error {
	err := t.SP.Verify(ctx, user, otp)
	if errors.Is(err, spgate.ErrOTPReplayed) { // want `fail-open errors.Is chain over SurePassID return codes: 80 security-relevant codes are listed but fall through to the success path`
		return err
	} else if err != nil && !errors.Is(err, spgate.ErrLockedOut) {
		log.Printf("teller: topup for %s: %v", user, err)
	}
	return store.Release(user)
}
