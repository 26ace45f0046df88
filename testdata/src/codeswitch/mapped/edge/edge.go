// Package edge guards the booking site's routes with the step-up
// decisions.
package edge

import (
	"net/http"

	"codeswitch/mapped/spauth"
	"codeswitch/mapped/stepup"
)

// Guard checks the one-time password before a booking change.
type Guard struct {
	SP   spauth.Client
	Next http.Handler
}

// ServeHTTP denies on either flag and lets every other decision through:
// the decision is stepup.ForLogin's, reported there.
func (g *Guard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ans, err := g.SP.ValidateOTP(r.Context(), r.Header.Get("X-User"), r.Header.Get("X-OTP"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusServiceUnavailable)
		return
	}
	d := stepup.ForLogin(ans.ErrorCode)
	if d.Deny || d.Challenge {
		http.Error(w, d.Notice, http.StatusUnauthorized)
		return
	}
	g.Next.ServeHTTP(w, r)
}
