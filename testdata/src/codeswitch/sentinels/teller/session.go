package teller

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"codeswitch/sentinels/spgate"
	"codeswitch/sentinels/store"
)

type sessionState struct {
	Live bool `json:"live"`
}

// SessionState answers the kiosk's poll. An upstream failure gets its own
// status; on every other error the answer is the call's own verdict, false
// then: nothing is granted. Nothing is reported.
func (t *Teller) SessionState(w http.ResponseWriter, r *http.Request) {
	live, err := t.SP.SessionLive(r.Context(), r.Header.Get("X-Kiosk-Session"))
	if err != nil {
		if errors.Is(err, spgate.ErrUpstream) {
			w.WriteHeader(http.StatusServiceUnavailable)
			_ = json.NewEncoder(w).Encode(sessionState{})
			return
		}
		log.Printf("teller: session poll: %v", err)
	}
	_ = json.NewEncoder(w).Encode(sessionState{Live: live})
}

var errSessionGone = errors.New("teller: session expired")

// ResumePayout releases a held payout while the session lives: a lockout
// is refused by name, and every other error leaves live false, which
// refuses too. Nothing is reported.
func (t *Teller) ResumePayout(ctx context.Context, token, payout string) error {
	live, err := t.SP.SessionLive(ctx, token)
	if errors.Is(err, spgate.ErrLockedOut) {
		return err
	}
	if !live {
		return errSessionGone
	}
	return store.Release(payout)
}

// ExtendSession reads the verdict only to log it: every error but a
// lockout releases the payout.
func (t *Teller) ExtendSession(w http.ResponseWriter, r *http.Request) {
	live, err := t.SP.SessionLive(r.Context(), r.Header.Get("X-Kiosk-Session"))
	if errors.Is(err, spgate.ErrLockedOut) { // want `fail-open errors.Is chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "locked", http.StatusForbidden)
		return
	}
	log.Printf("teller: extending session (live=%v)", live)
	_ = store.Release(r.FormValue("payout"))
	w.WriteHeader(http.StatusNoContent)
}
