// Package kerbside guards the kerbside pick-up API with the driver's
// SurePassID session, testing the code against lists of failures with
// helpers of its own.
package kerbside

import (
	"net/http"
	"slices"

	"codeswitch/pinned/gatehouse"
)

// ended are the answers that mean the session is over.
var ended = []int{9106, 9032}

// accepted are the answers that keep a session.
var accepted = []int{0}

func oneOf[T comparable](v T, set ...T) bool {
	for _, s := range set {
		if v == s {
			return true
		}
	}
	return false
}

func within(list []int, code int) bool { return slices.Contains(list, code) }

// Guard checks the session before the pick-up handlers.
type Guard struct {
	Gate *gatehouse.Client
	Next http.Handler
}

// ServeHTTP rejects an ended session and serves every other answer.
func (g *Guard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	code, _, err := g.Gate.SessionStatus(r.Context(), r.Header.Get("X-Plate"), r.Header.Get("X-Token"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if oneOf(code, ended...) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "session ended", http.StatusUnauthorized)
		return
	}
	g.Next.ServeHTTP(w, r)
}

// Pickup does the same with a helper taking the list first.
func (g *Guard) Pickup(w http.ResponseWriter, r *http.Request) {
	code, _, err := g.Gate.SessionStatus(r.Context(), r.FormValue("plate"), r.FormValue("token"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if within(ended, code) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "session ended", http.StatusUnauthorized)
		return
	}
	g.Next.ServeHTTP(w, r)
}

// Kiosk uses the client package's exported helper.
func (g *Guard) Kiosk(w http.ResponseWriter, r *http.Request) {
	code, _, err := g.Gate.SessionStatus(r.Context(), r.FormValue("plate"), r.FormValue("token"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if gatehouse.AnyOf(code, ended) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "session ended", http.StatusUnauthorized)
		return
	}
	g.Next.ServeHTTP(w, r)
}

// Curb spreads the failure codes in the call: reported.
func (g *Guard) Curb(w http.ResponseWriter, r *http.Request) {
	code, _, err := g.Gate.SessionStatus(r.Context(), r.FormValue("plate"), r.FormValue("token"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if oneOf(code, 9106, 9032) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		http.Error(w, "session ended", http.StatusUnauthorized)
		return
	}
	g.Next.ServeHTTP(w, r)
}

// CurbStrict spreads the success codes: an allow list, not reported.
func (g *Guard) CurbStrict(w http.ResponseWriter, r *http.Request) {
	code, _, err := g.Gate.SessionStatus(r.Context(), r.FormValue("plate"), r.FormValue("token"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if !oneOf(code, 0, 9045) {
		http.Error(w, "please sign in again", http.StatusUnauthorized)
		return
	}
	g.Next.ServeHTTP(w, r)
}

// Strict serves only the accepted answers: an allow list, not reported.
func (g *Guard) Strict(w http.ResponseWriter, r *http.Request) {
	code, _, err := g.Gate.SessionStatus(r.Context(), r.FormValue("plate"), r.FormValue("token"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if !oneOf(code, accepted...) {
		http.Error(w, "please sign in again", http.StatusUnauthorized)
		return
	}
	g.Next.ServeHTTP(w, r)
}

// Audit only counts the ended sessions: nothing is rejected, not
// reported.
func (g *Guard) Audit(r *http.Request, count func(string)) {
	code, _, err := g.Gate.SessionStatus(r.Context(), r.FormValue("plate"), r.FormValue("token"))
	if err != nil {
		return
	}
	if oneOf(code, ended...) {
		count("ended")
	}
}
