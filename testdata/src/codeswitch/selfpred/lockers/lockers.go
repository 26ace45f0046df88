// Package lockers opens parcel lockers once the courier's PIN checks out.
package lockers

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/selfpred/gatekit"
)

var errShut = errors.New("locker stays shut")

// Terminal opens lockers.
type Terminal struct {
	sp   gatekit.Client
	open func(bay string) error
}

// Open trusts gatekit's Refused: the predicate is judged where it is
// declared, not here.
func (t *Terminal) Open(ctx context.Context, courier, pin, bay string) error {
	a, err := t.sp.CheckPIN(ctx, courier, pin)
	if err != nil {
		return err
	}
	if a.ErrorCode.Refused() {
		return errShut
	}
	return t.open(bay)
}

// Resume trusts SessionValid the same way.
func (t *Terminal) Resume(w http.ResponseWriter, r *http.Request) {
	code, err := t.sp.CheckSession(r.Context(), r.Header.Get("X-Session"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if !gatekit.SessionValid(code) {
		http.Error(w, "session expired", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Retry leans on a predicate whose name says nothing: the caller's if is
// still the dispatch, and it is reported here.
func (t *Terminal) Retry(ctx context.Context, courier, pin, bay string) error {
	a, err := t.sp.CheckPIN(ctx, courier, pin)
	if err != nil {
		return err
	}
	if a.ErrorCode.Stalled() { // want `fail-open if-else chain over SurePassID return codes`
		return errShut
	}
	return t.open(bay)
}

// Reopen reads Passed, an allow list: not reported.
func (t *Terminal) Reopen(ctx context.Context, courier, pin, bay string) error {
	a, err := t.sp.CheckPIN(ctx, courier, pin)
	if err != nil {
		return err
	}
	if !a.Passed() {
		return errShut
	}
	return t.open(bay)
}
