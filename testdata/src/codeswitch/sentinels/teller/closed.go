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

// Each function of this file fails closed, or dispatches over errors that
// stand for no return code: nothing is reported.

// Approve names two sentinels for their own messages and rejects every
// other error after the chain.
func (t *Teller) Approve(w http.ResponseWriter, r *http.Request) {
	err := t.SP.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if errors.Is(err, spgate.ErrBadOTP) {
		http.Error(w, "code not accepted", http.StatusUnauthorized)
		return
	} else if errors.Is(err, spgate.ErrLockedOut) {
		http.Error(w, "too many attempts", http.StatusTooManyRequests)
		return
	}
	if err != nil {
		http.Error(w, "not approved", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Resend retries a failed delivery and returns every other error.
func (t *Teller) Resend(ctx context.Context, user, otp string) error {
	err := t.SP.Verify(ctx, user, otp)
	if errors.Is(err, spgate.ErrDeliveryPending) {
		log.Printf("teller: delivery pending for %s", user)
		return errors.New("teller: retry later")
	}
	if err != nil {
		return err
	}
	return store.Release(user)
}

// Hold has a default that rejects.
func (t *Teller) Hold(ctx context.Context, user, otp string) error {
	err := t.SP.Verify(ctx, user, otp)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, spgate.ErrBadOTP), errors.Is(err, spgate.ErrOTPReplayed):
		return ErrDenied
	default:
		return ErrDenied
	}
}

// Cancel reaches its success path only when the error is nil.
func (t *Teller) Cancel(ctx context.Context, user, otp string) (bool, error) {
	if err := t.SP.Verify(ctx, user, otp); err != nil {
		if errors.Is(err, spgate.ErrBadOTP) {
			return false, ErrDenied
		}
		if errors.Is(err, spgate.ErrLockedOut) {
			return false, ErrDenied
		}
		return false, err
	}
	return true, store.Release(user)
}

// Lookup returns the error itself after the chain: nil for success, the
// error for every failure.
func (t *Teller) Lookup(ctx context.Context, user, otp string) (string, error) {
	err := t.SP.Verify(ctx, user, otp)
	if errors.Is(err, spgate.ErrOTPReplayed) {
		return "", ErrDenied
	}
	return user, err
}

// Settle checks the reply itself after naming two sentinels.
func (t *Teller) Settle(ctx context.Context, user, otp string) error {
	rep, err := t.SP.CheckOTP(ctx, user, otp)
	if err != nil {
		return ErrDenied
	}
	err = rep.Err()
	if errors.Is(err, spgate.ErrBadOTP) || errors.Is(err, spgate.ErrOTPReplayed) {
		return ErrDenied
	}
	if !rep.OK() {
		return ErrDenied
	}
	return store.Release(user)
}

// Notify dispatches over the SMS vendor's sentinels only.
func Notify(number string) bool {
	err := smsgw.Send(number, "your payment was released")
	if errors.Is(err, smsgw.ErrBadNumber) {
		return false
	} else if errors.Is(err, smsgw.ErrBlocked) {
		return false
	}
	return true
}

// Release dispatches over the store's own errors and the client's
// ErrNoSession, which stand for no return code.
func Release(id string) error {
	err := store.Release(id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return ErrDenied
	case errors.Is(err, spgate.ErrNoSession):
		return ErrDenied
	}
	return nil
}

// Explain maps sentinels to messages: it decides nothing.
func Explain(err error) string {
	msg := "Your payment was confirmed."
	switch {
	case errors.Is(err, spgate.ErrBadOTP):
		msg = "That code did not work."
	case errors.Is(err, spgate.ErrLockedOut):
		msg = "Too many attempts."
	}
	return msg
}

// Escrow names every sentinel Reply.Err returns, ErrUpstream (which the
// client returns after its switch, for every code it lists nowhere)
// included: every failure code is rejected.
func (t *Teller) Escrow(ctx context.Context, user, otp string) error {
	err := t.SP.Verify(ctx, user, otp)
	switch {
	case errors.Is(err, spgate.ErrBadOTP), errors.Is(err, spgate.ErrOTPReplayed):
		return ErrDenied
	case errors.Is(err, spgate.ErrLockedOut), errors.Is(err, spgate.ErrUserDisabled):
		return ErrDenied
	case errors.Is(err, spgate.ErrUpstream), errors.Is(err, spgate.ErrDeliveryPending):
		return errors.New("teller: try again later")
	}
	return store.Release(user)
}

// Close switches over the error with a default that rejects.
func (t *Teller) Close(ctx context.Context, user, otp string) error {
	switch err := t.SP.Verify(ctx, user, otp); err {
	case nil:
		return store.Release(user)
	case spgate.ErrBadOTP, spgate.ErrLockedOut:
		return ErrDenied
	default:
		return errors.New("teller: not closed")
	}
}
