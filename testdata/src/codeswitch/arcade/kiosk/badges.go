package kiosk

import (
	"errors"
	"net/http"

	"codeswitch/arcade/tokensvc"
)

// renewBadge reads the fault only to word its refusal: every error is
// refused. Not reported.
func (k *Kiosk) renewBadge(w http.ResponseWriter, r *http.Request) {
	_, err := tokensvc.Check(ctxOf(r), user(r), r.FormValue("otp"))
	if err != nil {
		var tf *tokensvc.TokenFault
		msg := "not accepted"
		switch {
		case errors.As(err, &tf) && tf.Cause.Code == tokensvc.ClockDrift:
			msg = "check the clock of your phone"
		case errors.As(err, &tf) && tf.Cause.Code == tokensvc.OTPUsed:
			msg = "wait for the next code"
		}
		http.Error(w, msg, http.StatusUnauthorized)
		return
	}
	k.badges[user(r)] = true
	w.WriteHeader(http.StatusNoContent)
}

// lendBadge lends a badge on a clean check alone: the default refuses
// every other error. Not reported.
func (k *Kiosk) lendBadge(w http.ResponseWriter, r *http.Request) {
	_, err := tokensvc.Check(ctxOf(r), user(r), r.FormValue("otp"))
	var tf *tokensvc.TokenFault
	switch {
	case err == nil:
		k.badges[user(r)] = true
		w.WriteHeader(http.StatusNoContent)
	case errors.As(err, &tf) && tf.Cause.Code == tokensvc.OTPUsed:
		http.Error(w, "wait for the next code", http.StatusUnauthorized)
	default:
		http.Error(w, "not accepted", http.StatusUnauthorized)
	}
}
