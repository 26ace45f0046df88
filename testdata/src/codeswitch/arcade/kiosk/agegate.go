package kiosk

import (
	"net/http"

	"codeswitch/arcade/tokensvc"
)

// confirmAge switches on the code an error carries: a transport failure
// (-1), a locked user and a database failure all open the age gate.
// Reported; the fix lists the codes, as a default would refuse the nil
// error's -1 too.
func (k *Kiosk) confirmAge(w http.ResponseWriter, r *http.Request) {
	_, err := tokensvc.Check(ctxOf(r), user(r), r.FormValue("otp"))
	switch tokensvc.ReasonCode(err) { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case tokensvc.OTPWrong, tokensvc.ClockDrift:
		http.Error(w, "code not accepted", http.StatusForbidden)
		return
	}
	k.adults[user(r)] = true
	w.WriteHeader(http.StatusNoContent)
}

// revokeAge words the refusal by the code inside the failure branch.
// Not reported.
func (k *Kiosk) revokeAge(w http.ResponseWriter, r *http.Request) {
	_, err := tokensvc.Check(ctxOf(r), user(r), r.FormValue("otp"))
	if err != nil {
		status := http.StatusForbidden
		switch tokensvc.ReasonCode(err) {
		case tokensvc.Database:
			status = http.StatusServiceUnavailable
		case tokensvc.OTPWrong:
			status = http.StatusUnauthorized
		}
		http.Error(w, "not accepted", status)
		return
	}
	delete(k.adults, user(r))
	w.WriteHeader(http.StatusNoContent)
}

// checkAge opens the gate on a clean check alone, then words the refusal
// by the code. Not reported.
func (k *Kiosk) checkAge(w http.ResponseWriter, r *http.Request) {
	_, err := tokensvc.Check(ctxOf(r), user(r), r.FormValue("otp"))
	if err == nil {
		k.adults[user(r)] = true
		w.WriteHeader(http.StatusNoContent)
		return
	}
	switch tokensvc.ReasonCode(err) {
	case tokensvc.OTPWrong:
		http.Error(w, "wrong code", http.StatusUnauthorized)
	default:
		http.Error(w, "not accepted", http.StatusForbidden)
	}
}
