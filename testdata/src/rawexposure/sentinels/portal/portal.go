// Package portal answers the browser from the session checks: a sentinel
// test picks the error whose fixed text may be shown.
package portal

import (
	"errors"
	"fmt"
	"log"
	"net/http"

	"rawexposure/sentinels/spsession"
)

type handler struct {
	sessions *spsession.Client
}

var errStale = errors.New("stale session")

func (h *handler) heartbeat(w http.ResponseWriter, r *http.Request) {
	err := h.sessions.Check(r.Context(), r.FormValue("token"))
	switch {
	case err == nil:
		w.WriteHeader(http.StatusNoContent)
	case errors.Is(err, spsession.ErrExpired):
		http.Error(w, err.Error(), http.StatusUnauthorized) // only ErrExpired's text
	case err == spsession.ErrLocked:
		fmt.Fprintf(w, "locked: %v", err)
	default:
		log.Printf("session check: %v", err)
		http.Error(w, "session check failed", http.StatusBadGateway)
	}
}

func (h *handler) resume(w http.ResponseWriter, r *http.Request) {
	err := h.sessions.Check(r.Context(), r.FormValue("token"))
	if errors.Is(err, spsession.ErrExpired) && r.Method == http.MethodPost {
		http.Redirect(w, r, "/signin?reason="+err.Error(), http.StatusSeeOther)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID return code \(from spsession.Check\)`
	}
}

// validate: ErrRejected is wrapped with the raw message, so errors.Is on
// it does not make the text safe.
func (h *handler) validate(w http.ResponseWriter, r *http.Request) {
	err := h.sessions.Validate(r.Context(), r.FormValue("token"))
	if errors.Is(err, spsession.ErrRejected) {
		http.Error(w, err.Error(), http.StatusForbidden) // want `raw SurePassID errorMessage \(from spsession.Validate\)`
	}
}

// refresh re-assigns err inside the guarded branch: the guard no longer
// holds for it.
func (h *handler) refresh(w http.ResponseWriter, r *http.Request) {
	err := h.sessions.Check(r.Context(), r.FormValue("token"))
	if errors.Is(err, spsession.ErrExpired) {
		err = h.sessions.Check(r.Context(), r.FormValue("fallback"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID return code \(from spsession.Check\)`
		}
	}
}

// stale wraps a sentinel of this package with the raw error: errors.Is on
// it does not make the text safe either.
func (h *handler) stale(w http.ResponseWriter, r *http.Request) {
	err := h.sessions.Check(r.Context(), r.FormValue("token"))
	if err != nil {
		err = fmt.Errorf("%w: %v", errStale, err)
	}
	if errors.Is(err, errStale) {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID return code \(from spsession.Check\)`
	}
}

// other guards test one error and write another.
func (h *handler) other(w http.ResponseWriter, r *http.Request) {
	first := h.sessions.Check(r.Context(), r.FormValue("token"))
	second := h.sessions.Check(r.Context(), r.FormValue("other"))
	if errors.Is(first, spsession.ErrExpired) && second != nil {
		http.Error(w, second.Error(), http.StatusUnauthorized) // want `raw SurePassID return code \(from spsession.Check\)`
	}
}
