package edge

import (
	"net/http"

	"codeswitch/mapped/stepup"
)

// Rebook refuses three names and lets "bypass" and every code the table
// leaves out ("") through. Reported at the lookup, where the codes are
// told apart.
func (g *Guard) Rebook(w http.ResponseWriter, r *http.Request) {
	ans, err := g.SP.ValidateOTP(r.Context(), r.Header.Get("X-User"), r.Header.Get("X-OTP"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusServiceUnavailable)
		return
	}
	label := stepup.Labels()[ans.ErrorCode] // want `fail-open table lookup over SurePassID return codes: \d+ security-relevant codes`
	switch label {
	case "invalid", "replayed", "locked":
		http.Error(w, "That code did not work.", http.StatusUnauthorized)
		return
	}
	g.Next.ServeHTTP(w, r)
}

// Cancel lets only "ok" through: fail-closed, not reported.
func (g *Guard) Cancel(w http.ResponseWriter, r *http.Request) {
	ans, err := g.SP.ValidateOTP(r.Context(), r.Header.Get("X-User"), r.Header.Get("X-OTP"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusServiceUnavailable)
		return
	}
	label := stepup.Labels()[ans.ErrorCode]
	if label != "ok" {
		http.Error(w, "That code did not work.", http.StatusUnauthorized)
		return
	}
	g.Next.ServeHTTP(w, r)
}
