// Package kiosk answers the sign-in form. Under a test that the error is
// one of spacct's bare sentinels, err.Error() is that sentinel's fixed
// text, whatever else Login may return: every spelling of the test counts.
package kiosk

import (
	"errors"
	"fmt"
	"log"
	"net/http"

	"rawexposure/sentinels/spacct"
	"rawexposure/sentinels/spcore"
)

type handler struct {
	acct *spacct.Client
}

// caseList: a case of a tagless switch listing several errors.Is tests.
func (h *handler) caseList(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	switch {
	case err == nil:
		w.WriteHeader(http.StatusNoContent)
	case errors.Is(err, spacct.ErrLocked), errors.Is(err, spacct.ErrExpired):
		http.Error(w, err.Error(), http.StatusForbidden)
	default:
		log.Printf("login: %v", err)
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
	}
}

// either: || of several errors.Is.
func (h *handler) either(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if errors.Is(err, spacct.ErrLocked) || errors.Is(err, spacct.ErrBadOTP) || errors.Is(err, spcore.ErrThrottled) {
		fmt.Fprintf(w, "sign-in failed: %v", err)
		return
	}
	if err != nil {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
	}
}

// tagged: a switch on the error itself.
func (h *handler) tagged(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	switch err {
	case nil:
		w.WriteHeader(http.StatusNoContent)
	case spacct.ErrLocked, spacct.ErrExpired:
		http.Error(w, err.Error(), http.StatusForbidden)
	case spacct.ErrDenied: // == is identity: the bare sentinel, not a wrap of it
		http.Error(w, err.Error(), http.StatusForbidden)
	default:
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
	}
}

// both: errors.Is combined with && on both sides.
func (h *handler) both(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if r.Method == http.MethodPost && errors.Is(err, spacct.ErrExpired) {
		http.Redirect(w, r, "/otp?notice="+err.Error(), http.StatusSeeOther)
		return
	}
	if err != nil {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
	}
}

// earlyExit: a negated guard returns a generic text; past it err is the
// sentinel.
func (h *handler) earlyExit(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if !errors.Is(err, spacct.ErrLocked) {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	http.Error(w, err.Error(), http.StatusLocked)
}

// earlyExitNil: err != nil && !errors.Is(...) && !errors.Is(...); past it
// err is nil or one of the two sentinels.
func (h *handler) earlyExitNil(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil && !errors.Is(err, spacct.ErrLocked) && !errors.Is(err, spacct.ErrExpired) {
		log.Printf("login: %v", err)
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	msg := "welcome"
	if err != nil {
		msg = err.Error()
	}
	fmt.Fprintln(w, msg)
}

// elseBranch: the else of a negated guard.
func (h *handler) elseBranch(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if !errors.Is(err, spacct.ErrExpired) {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
	} else {
		http.Error(w, err.Error(), http.StatusUnauthorized)
	}
}

// notEqual: err != sentinel, else.
func (h *handler) notEqual(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != spacct.ErrBadOTP {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	fmt.Fprint(w, err)
}

// stored: the test kept in a local first.
func (h *handler) stored(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	known := errors.Is(err, spacct.ErrLocked) || errors.Is(err, spacct.ErrExpired)
	if !known {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	http.Error(w, err.Error(), http.StatusForbidden)
}

// shown is the team's helper: the error's text for the sentinels, a fixed
// text for the rest.
func shown(err error) string {
	switch {
	case errors.Is(err, spacct.ErrLocked), errors.Is(err, spacct.ErrBadOTP):
		return err.Error()
	}
	return "sign-in failed"
}

func (h *handler) viaHelper(w http.ResponseWriter, r *http.Request) {
	if err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, shown(err), http.StatusUnauthorized)
	}
}

// Positives.

// leaky shows a sentinel wrapped with the raw message.
func leaky(err error) string {
	if errors.Is(err, spacct.ErrDenied) {
		return err.Error()
	}
	return "sign-in failed"
}

func (h *handler) viaLeaky(w http.ResponseWriter, r *http.Request) {
	if err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, leaky(err), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from spacct.Login\)`
	}
}

// outside writes the error after a guard that does not exit.
func (h *handler) outside(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if errors.Is(err, spacct.ErrLocked) {
		log.Print("locked")
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from spacct.Login\)`
	}
}

// wrapped: ErrDenied is wrapped with the raw message in spacct.
func (h *handler) wrapped(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if errors.Is(err, spacct.ErrLocked) || errors.Is(err, spacct.ErrDenied) {
		http.Error(w, err.Error(), http.StatusForbidden) // want `raw SurePassID errorMessage \(from spacct.Login\)`
	}
}

// upstream: spcore's ErrUpstream is wrapped with the raw message in
// spacct, not in spcore.
func (h *handler) upstream(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if !errors.Is(err, spcore.ErrUpstream) {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from spacct.Login\)`
}

// asAPI: errors.As into the type carrying the raw message.
func (h *handler) asAPI(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	var apiErr *spacct.APIError
	if errors.As(err, &apiErr) {
		http.Error(w, apiErr.Msg, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from spacct.APIError.Msg\)`
		return
	}
	if errors.Is(err, spacct.ErrLocked) {
		http.Error(w, err.Error(), http.StatusLocked)
	}
}

// partial: a disjunction with a condition on something else proves
// nothing about err.
func (h *handler) partial(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if errors.Is(err, spacct.ErrLocked) || r.FormValue("debug") == "1" {
		http.Error(w, err.Error(), http.StatusForbidden) // want `raw SurePassID errorMessage \(from spacct.Login\)`
	}
}

// reassigned: the guard held for the first answer, not the retry's.
func (h *handler) reassigned(w http.ResponseWriter, r *http.Request) {
	err := h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if !errors.Is(err, spacct.ErrExpired) {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	err = h.acct.Login(r.Context(), r.FormValue("user"), r.FormValue("otp2"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from spacct.Login\)`
	}
}
