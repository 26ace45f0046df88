// Package lobby buzzes visitors in once their one-time code checks out.
// The listed errors are only logged; the final else buzzes the door.
package lobby

import (
	"context"
	"errors"
	"log"
	"net/http"

	"codeswitch/sentinels/spgate"
)

// Door is the lobby's door controller.
type Door interface {
	Buzz(ctx context.Context, visitor string) error
}

// Lobby handles the front desk tablet.
type Lobby struct {
	SP   *spgate.Client
	Door Door
}

// CheckIn logs two errors and buzzes the door for every other answer,
// a database failure or a disabled user among them: reported.
func (l *Lobby) CheckIn(w http.ResponseWriter, r *http.Request) {
	visitor := r.FormValue("visitor")
	err := l.SP.Verify(r.Context(), visitor, r.FormValue("otp"))
	if errors.Is(err, spgate.ErrBadOTP) { // want `fail-open errors.Is chain over SurePassID return codes`
		log.Printf("lobby: wrong code for %s", visitor)
	} else if errors.Is(err, spgate.ErrLockedOut) {
		log.Printf("lobby: %s is locked out", visitor)
	} else {
		_ = l.Door.Buzz(r.Context(), visitor)
	}
	w.WriteHeader(http.StatusAccepted)
}

// Desk buzzes only when there is no error: not reported.
func (l *Lobby) Desk(w http.ResponseWriter, r *http.Request) {
	visitor := r.FormValue("visitor")
	err := l.SP.Verify(r.Context(), visitor, r.FormValue("otp"))
	if errors.Is(err, spgate.ErrBadOTP) {
		log.Printf("lobby: wrong code for %s", visitor)
	} else if err != nil {
		log.Printf("lobby: %s refused: %v", visitor, err)
	} else {
		_ = l.Door.Buzz(r.Context(), visitor)
	}
	w.WriteHeader(http.StatusAccepted)
}
