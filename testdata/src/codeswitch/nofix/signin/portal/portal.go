// Package portal signs patients in, dispatching on verdict's classifiers.
package portal

import (
	"log/slog"
	"net/http"

	"codeswitch/nofix/signin/verdict"
)

// Handler signs patients in.
type Handler struct {
	SP  verdict.Client
	Log *slog.Logger
}

// SignIn locks and rejects what Login says and admits Granted: the codes
// Login's table leaves out (a database error, an expired OTP) get Granted
// there, reported at Login's lookup, not again here, though StepUp,
// another classifier over Outcome, retries them.
func (h *Handler) SignIn(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateUser(r.Context(), r.FormValue("user"), r.FormValue("pw"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	switch verdict.Login(res.Status) {
	case verdict.Lock:
		h.Log.Warn("sign-in locked", "status", res.Status, "message", res.Message)
		http.Error(w, "account locked", http.StatusLocked)
		return
	case verdict.Reject:
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Renew tests Login's answer in an if: the same fall-through as
// SignIn's, Login's own finding. Not reported.
func (h *Handler) Renew(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateUser(r.Context(), r.FormValue("user"), r.FormValue("pw"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if o := verdict.Login(res.Status); o == verdict.Reject || o == verdict.Lock {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Kiosk rejects only Reject: the codes Login itself locks (too many
// attempts) sign in at the kiosk. Reported, without a fix: Login gives
// Success the value of the codes it lists nowhere, so no case stands for
// Success alone.
func (h *Handler) Kiosk(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateUser(r.Context(), r.FormValue("user"), r.FormValue("pw"))
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	switch verdict.Login(res.Status) { // want `fail-open switch over SurePassID return codes: 2 security-relevant codes fall through unhandled \(MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerUserAttempsExceeded\) \(no suggested fix: the classifier gives Success the value of the codes it leaves out`
	case verdict.Reject:
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
