package desk

import (
	"net/http"

	"codeswitch/helpdesk/otp"
	"codeswitch/helpdesk/pages"
)

// VerifyCaller opens a step-up window unless a local closure says the
// code was refused: the closure's switch answers false for every code it
// does not list, and its caller grants on false.
func (d *Desk) VerifyCaller(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	ans, err := d.OTP.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	refused := func(code int) bool {
		switch code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed`
		case otp.SP_OTP_INVALID, otp.SP_BOGUS_OTP:
			return true
		case otp.SP_MAX_FAILED_OTP:
			d.Log.Warn("caller locked out", "user", user)
			return true
		}
		return false
	}
	if refused(ans.Code) {
		_ = pages.Outcome(false, "That code didn't work.").Render(r.Context(), w)
		return
	}
	d.grants[user] = true
	_ = pages.Outcome(true, "").Render(r.Context(), w)
}

// TransferLimit names its closure neutrally; its only caller refuses on
// true, so true refuses: the same fail-open switch.
func (d *Desk) TransferLimit(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	ans, err := d.OTP.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	listed := func(code int) bool {
		switch code { // want `fail-open switch over SurePassID return codes`
		case otp.SP_OTP_INVALID, otp.SP_OTP_REUSED, otp.SP_ACCOUNT_EXPIRED:
			return true
		}
		return false
	}
	if listed(ans.Code) {
		http.Error(w, "not verified", http.StatusForbidden)
		return
	}
	d.grants[user+":limit"] = true
	w.WriteHeader(http.StatusNoContent)
}

// VerifyAllowed keeps an allow-list closure: quiet.
func (d *Desk) VerifyAllowed(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	ans, err := d.OTP.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "verification unavailable", http.StatusBadGateway)
		return
	}
	accepted := func(code int) bool {
		switch code {
		case otp.SP_SUCCESS:
			return true
		}
		return false
	}
	if !accepted(ans.Code) {
		_ = pages.Outcome(false, "That code didn't work.").Render(r.Context(), w)
		return
	}
	d.grants[user] = true
	_ = pages.Outcome(true, "").Render(r.Context(), w)
}

// VerifyRetrying retries on the codes a closure calls transient and
// refuses every other failure below: quiet.
func (d *Desk) VerifyRetrying(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	transient := func(code int) bool {
		switch code {
		case otp.SP_DATABASE_ERROR, otp.SP_SMS_SEND_ERROR:
			return true
		}
		return false
	}
	var ans otp.Answer
	for attempt := 0; attempt < 3; attempt++ {
		a, err := d.OTP.Check(r.Context(), user, r.FormValue("otp"))
		if err != nil {
			http.Error(w, "verification unavailable", http.StatusBadGateway)
			return
		}
		ans = a
		if transient(ans.Code) {
			continue
		}
		break
	}
	if ans.Code != otp.SP_SUCCESS {
		_ = pages.Outcome(false, "That code didn't work.").Render(r.Context(), w)
		return
	}
	d.grants[user] = true
	_ = pages.Outcome(true, "").Render(r.Context(), w)
}
