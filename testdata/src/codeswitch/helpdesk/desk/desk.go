// Package desk is the help desk's console: agents unlock accounts and
// cards once the caller reads out a one-time code.
package desk

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"codeswitch/helpdesk/otp"
	"codeswitch/helpdesk/pages"
)

// Desk serves the console.
type Desk struct {
	OTP    *otp.Client
	Log    *slog.Logger
	unlock func(user string)
	grants map[string]bool
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Reactivate unlocks a suspended account unless the code was one of the
// three wrong-code answers: every other failure unlocks it.
func (d *Desk) Reactivate(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	ans, err := d.OTP.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	if wrongCode(ans.Code) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed`
		_ = pages.Outcome(false, "That code didn't work.").Render(r.Context(), w)
		return
	}
	d.unlock(user)
	_ = pages.Outcome(true, "").Render(r.Context(), w)
}

// ReissueCard renders its refusal through an if checking the render's
// error: the same fail-open predicate.
func (d *Desk) ReissueCard(w http.ResponseWriter, r *http.Request) {
	ans, err := d.OTP.Check(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	if wrongCode(ans.Code) { // want `fail-open if-else chain over SurePassID return codes`
		if err := pages.Outcome(false, "Ask the caller for a new code.").Render(r.Context(), w); err != nil {
			d.Log.Error("render", "err", err)
		}
		return
	}
	d.grants[r.FormValue("card")] = true
	_ = pages.Outcome(true, "").Render(r.Context(), w)
}

// Poll answers the console's JSON poll: a verdict built by a constructor
// whose verified parameter is false is a refusal, though sent with 200.
func (d *Desk) Poll(w http.ResponseWriter, r *http.Request) {
	ans, err := d.OTP.Check(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		writeJSON(w, http.StatusBadGateway, pages.NewVerdict(false, "unavailable"))
		return
	}
	if lockedOut(ans.Code) { // want `fail-open if-else chain over SurePassID return codes`
		writeJSON(w, http.StatusOK, pages.NewVerdict(false, "Locked out."))
		return
	}
	writeJSON(w, http.StatusOK, pages.NewVerdict(true, ""))
}

// ReactivateChecked follows the predicate with a catch-all: quiet.
func (d *Desk) ReactivateChecked(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	ans, err := d.OTP.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	if wrongCode(ans.Code) {
		_ = pages.Outcome(false, "That code didn't work.").Render(r.Context(), w)
		return
	}
	if ans.Code != otp.SP_SUCCESS {
		_ = pages.Outcome(false, "We couldn't verify the caller.").Render(r.Context(), w)
		return
	}
	d.unlock(user)
	_ = pages.Outcome(true, "").Render(r.Context(), w)
}

// ReactivateAllowed lets only the codes an allow-list accepts through:
// quiet.
func (d *Desk) ReactivateAllowed(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	ans, err := d.OTP.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	if !verified(ans.Code) {
		_ = pages.Outcome(false, "We couldn't verify the caller.").Render(r.Context(), w)
		return
	}
	d.unlock(user)
	_ = pages.Outcome(true, "").Render(r.Context(), w)
}

// Hint shows a toast for wrong codes and carries on: the toast's flag
// (dismissible) says nothing about success, so the if refuses nothing:
// quiet.
func (d *Desk) Hint(w http.ResponseWriter, r *http.Request) {
	ans, err := d.OTP.Check(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	if wrongCode(ans.Code) {
		_ = pages.Toast(false, "Codes are six digits.").Render(r.Context(), w)
	}
	_ = pages.Outcome(ans.Code == otp.SP_SUCCESS, "Ask the caller to read the code again.").Render(r.Context(), w)
}

// Unfreeze uses the client package's predicate (a fact): reported.
func (d *Desk) Unfreeze(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	ans, err := d.OTP.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	if otp.Locked(ans.Code) { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "account locked", http.StatusLocked)
		return
	}
	d.unlock(user)
	w.WriteHeader(http.StatusNoContent)
}
