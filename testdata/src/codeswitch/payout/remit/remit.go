// Package remit changes where a payee's money goes, behind a fresh OTP.
package remit

import (
	"net/http"

	"codeswitch/payout/spgate"
)

// Desk serves the remit pages.
type Desk struct {
	SP      *spgate.Client
	Account map[string]string
}

// Update declares its closure before the call and refuses on !ok: the
// closure's switch lists three failures and answers true for every other
// code. It is reported at its switch; the caller trusts it.
func (d *Desk) Update(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	allowed := func(code spgate.ReturnCode) bool {
		switch code { // want `fail-open switch over SurePassID return codes`
		case spgate.OtpInvalid, spgate.BogusOtp, spgate.SendOtpExpired:
			return false
		}
		return true
	}
	res, err := d.SP.VerifyOTP(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	if !allowed(res.Code) {
		http.Error(w, "code not accepted", http.StatusForbidden)
		return
	}
	d.Account[user] = r.FormValue("account")
	w.WriteHeader(http.StatusNoContent)
}

// Rotate names its closure to reject and refuses on true: the same
// closure judged on its own, reported once at its switch.
func (d *Desk) Rotate(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	otpFailed := func(code spgate.ReturnCode) bool {
		switch code { // want `fail-open switch over SurePassID return codes`
		case spgate.OtpInvalid, spgate.OtpAlreadyUsed:
			return true
		default:
			return false
		}
	}
	res, err := d.SP.VerifyOTP(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	if otpFailed(res.Code) {
		http.Error(w, "code not accepted", http.StatusForbidden)
		return
	}
	d.Account[user+":rotated"] = "yes"
	w.WriteHeader(http.StatusNoContent)
}

// Confirm keeps an allow-list closure declared first: quiet.
func (d *Desk) Confirm(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	accepted := func(code spgate.ReturnCode) bool {
		switch code {
		case spgate.Success:
			return true
		}
		return false
	}
	res, err := d.SP.VerifyOTP(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	if !accepted(res.Code) {
		http.Error(w, "code not accepted", http.StatusForbidden)
		return
	}
	d.Account[user+":confirmed"] = "yes"
	w.WriteHeader(http.StatusNoContent)
}
