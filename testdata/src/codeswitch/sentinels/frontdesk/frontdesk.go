// Package frontdesk is the desk tablet's HTTP API. Its handlers test the
// concierge's errors, which stand for SurePassID codes.
package frontdesk

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"codeswitch/sentinels/concierge"
	"codeswitch/sentinels/store"
)

type encoder interface {
	Issue(ctx context.Context, room string) error
}

type Tablet struct {
	Desk    *concierge.Desk
	Encoder encoder
	Log     *slog.Logger
}

// ReplacementKey answers a wrong or stale passcode and encodes a key for
// every other error, a suspended account among them: reported.
func (t *Tablet) ReplacementKey(w http.ResponseWriter, r *http.Request) {
	err := t.Desk.Confirm(r.Context(), r.FormValue("guest"), r.FormValue("passcode"))
	if errors.Is(err, concierge.ErrPasscode) { // want `fail-open errors.Is chain over SurePassID return codes`
		http.Error(w, "passcode not accepted", http.StatusForbidden)
		return
	} else if errors.Is(err, concierge.ErrStale) {
		http.Error(w, "passcode expired", http.StatusForbidden)
		return
	}
	_ = t.Encoder.Issue(r.Context(), r.FormValue("room"))
	w.WriteHeader(http.StatusCreated)
}

// LateCheckout refuses any other error after the chain: not reported.
func (t *Tablet) LateCheckout(w http.ResponseWriter, r *http.Request) {
	err := t.Desk.Confirm(r.Context(), r.FormValue("guest"), r.FormValue("passcode"))
	if errors.Is(err, concierge.ErrPasscode) {
		http.Error(w, "passcode not accepted", http.StatusForbidden)
		return
	} else if errors.Is(err, concierge.ErrStale) {
		http.Error(w, "passcode expired", http.StatusForbidden)
		return
	}
	if err != nil {
		t.Log.Warn("late checkout refused", "err", err)
		http.Error(w, "not verified", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Minibar refuses in the default of its switch: not reported.
func (t *Tablet) Minibar(w http.ResponseWriter, r *http.Request) {
	err := t.Desk.Confirm(r.Context(), r.FormValue("guest"), r.FormValue("passcode"))
	switch {
	case errors.Is(err, concierge.ErrStale):
		http.Error(w, "passcode expired", http.StatusForbidden)
		return
	default:
		if err != nil {
			http.Error(w, "not verified", http.StatusForbidden)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// Locker answers a wrong locker passcode and opens for anything else (a
// frozen account, a bypass attempt): reported.
func (t *Tablet) Locker(w http.ResponseWriter, r *http.Request) {
	err := t.Desk.OpenLocker(r.Context(), r.FormValue("guest"), r.FormValue("passcode"))
	if errors.Is(err, concierge.ErrLockerCode) { // want `fail-open errors.Is chain over SurePassID return codes`
		http.Error(w, "wrong passcode", http.StatusForbidden)
		return
	}
	_ = t.Encoder.Issue(r.Context(), "locker-"+r.FormValue("guest"))
	w.WriteHeader(http.StatusOK)
}

// Folio tests the store's own error, which stands for no code: not a
// dispatch over the codes, not reported.
func (t *Tablet) Folio(w http.ResponseWriter, r *http.Request) {
	err := store.Release(r.FormValue("guest"))
	if errors.Is(err, store.ErrNotFound) {
		http.Error(w, "no folio", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusOK)
}
