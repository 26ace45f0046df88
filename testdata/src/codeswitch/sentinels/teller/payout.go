// Package teller releases payments after the customer confirms them with
// a one-time password. Its handlers never see a return code: they test the
// clients' sentinel errors with errors.Is.
package teller

import (
	"context"
	"errors"
	"log"
	"net/http"

	"codeswitch/sentinels/smsgw"
	"codeswitch/sentinels/spgate"
	"codeswitch/sentinels/store"
)

// ErrDenied is what the teller answers for any rejected confirmation.
var ErrDenied = errors.New("teller: confirmation denied")

// Teller holds the handlers' dependencies.
type Teller struct {
	SP *spgate.Client
}

// ConfirmPayout rejects a wrong or replayed code and releases the payment
// for every other answer: an upstream failure, a disabled user, a lockout
// and a bypass attempt all release it.
func (t *Teller) ConfirmPayout(w http.ResponseWriter, r *http.Request) {
	err := t.SP.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if errors.Is(err, spgate.ErrBadOTP) { // want `fail-open errors.Is chain over SurePassID return codes: 80 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid, and 77 more\)`
		http.Error(w, "code not accepted", http.StatusUnauthorized)
		return
	} else if errors.Is(err, spgate.ErrOTPReplayed) {
		http.Error(w, "code not accepted", http.StatusUnauthorized)
		return
	}
	if err := store.Release(r.FormValue("id")); err != nil {
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Refund tests the reply's error in a tagless switch with no default:
// every code it does not name refunds.
func (t *Teller) Refund(ctx context.Context, user, otp string) error {
	rep, err := t.SP.CheckOTP(ctx, user, otp)
	if err != nil {
		return ErrDenied
	}
	err = rep.Err()
	switch { // want `fail-open errors.Is switch over SurePassID return codes: 7\d security-relevant codes fall through unhandled`
	case errors.Is(err, spgate.ErrBadOTP), errors.Is(err, spgate.ErrOTPReplayed):
		return ErrDenied
	case errors.Is(err, spgate.ErrLockedOut):
		log.Printf("teller: %s locked out", user)
		return ErrDenied
	}
	return store.Release(user)
}

// ChangeIBAN declares the error in the if's init.
func (t *Teller) ChangeIBAN(ctx context.Context, user, otp, iban string) error {
	rep, err := t.SP.CheckOTP(ctx, user, otp)
	if err != nil {
		return ErrDenied
	}
	if verr := rep.Err(); errors.Is(verr, spgate.ErrBadOTP) || errors.Is(verr, spgate.ErrLockedOut) { // want `fail-open errors.Is chain over SurePassID return codes`
		return ErrDenied
	}
	log.Printf("teller: %s changed the payout account", user)
	return nil
}

// Reissue only looks at the error inside a nil check that does not reject
// by itself: the codes the chain does not name leave the check and
// reissue the card.
func (t *Teller) Reissue(ctx context.Context, user, otp string) (string, error) {
	if err := t.SP.Verify(ctx, user, otp); err != nil {
		log.Printf("teller: reissue for %s: %v", user, err)
		if err == spgate.ErrOTPReplayed { // want `fail-open errors.Is chain over SurePassID return codes`
			return "", ErrDenied
		} else if errors.Is(err, spgate.ErrUserDisabled) {
			return "", ErrDenied
		}
	}
	return "card-2", nil
}

// Transfer mixes in the SMS vendor's and the store's errors: they stand
// for no return code, so the codes the chain does not name still transfer.
func (t *Teller) Transfer(ctx context.Context, user, otp string) bool {
	err := t.SP.Verify(ctx, user, otp)
	if errors.Is(err, spgate.ErrBadOTP) { // want `fail-open errors.Is chain over SurePassID return codes`
		return false
	}
	if errors.Is(err, store.ErrConflict) {
		return false
	}
	if errors.Is(err, smsgw.ErrThrottled) {
		return false
	}
	return true
}

// Unlock has a default that only logs.
func (t *Teller) Unlock(ctx context.Context, user, otp string) error {
	err := t.SP.Verify(ctx, user, otp)
	switch { // want `fail-open errors.Is switch over SurePassID return codes: 81 security-relevant codes fall into a default that does not fail closed`
	case errors.Is(err, spgate.ErrBadOTP):
		return ErrDenied
	default:
		log.Printf("teller: unlock for %s: %v", user, err)
	}
	return nil
}

// Withdraw switches over the error itself: a nil error withdraws, and so
// does every error it does not name.
func (t *Teller) Withdraw(ctx context.Context, user, otp string) error {
	err := t.SP.Verify(ctx, user, otp)
	switch err { // want `fail-open error switch over SurePassID return codes: 80 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPInvalid, and 77 more\)$`
	case spgate.ErrOTPReplayed, spgate.ErrLockedOut:
		return ErrDenied
	}
	return store.Release(user)
}
