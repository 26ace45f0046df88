// Package exitlane raises the barrier for a car whose driver passed the
// gatehouse checks.
package exitlane

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/pinned/gatehouse"
)

// Barrier is the physical gate.
type Barrier interface{ Raise(lane string) error }

// Lane is one exit lane.
type Lane struct {
	Gate    *gatehouse.Client
	Barrier Barrier
}

// Exit raises the barrier when the ticket opens: the decision is the
// client's, not reported here.
func (l *Lane) Exit(w http.ResponseWriter, r *http.Request) {
	t, err := l.Gate.CheckPIN(r.Context(), r.FormValue("plate"), r.FormValue("pin"))
	if err != nil || !t.Open() {
		http.Error(w, "not allowed", http.StatusForbidden)
		return
	}
	_ = l.Barrier.Raise(r.FormValue("lane"))
}

// Pair binds a fob from the code BindFob hands back, handling only "in
// use": every other failure pairs the fob.
func (l *Lane) Pair(ctx context.Context, plate, fob string) error {
	code, err := l.Gate.BindFob(ctx, plate, fob)
	if err != nil {
		return err
	}
	switch code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case 9019:
		return errors.New("fob already paired")
	}
	return l.Barrier.Raise("pairing")
}
