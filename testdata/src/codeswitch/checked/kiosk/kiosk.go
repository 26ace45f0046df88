// Package kiosk unlocks the self-service kiosk's staff screens with a
// one-time password; the answers' codes arrive as quoted text.
package kiosk

import (
	"net/http"

	"codeswitch/checked/quoted"
)

// Kiosk holds the client.
type Kiosk struct{ SP *quoted.Client }

// Unlock answers a replayed code with its own text, then leaves every
// other failure to the success predicate read through the same accessor.
func (k *Kiosk) Unlock(w http.ResponseWriter, r *http.Request) {
	ans, err := k.SP.CheckOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	res, _ := ans.Result()
	if res == quoted.ResultOTPReplayed {
		http.Error(w, "That code was already used.", http.StatusForbidden)
		return
	}
	if !ans.Good() {
		http.Error(w, "Code not accepted.", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Override switches over the code, then rejects the rest by the text
// comparison.
func (k *Kiosk) Override(w http.ResponseWriter, r *http.Request) {
	ans, err := k.SP.CheckOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	res, err := ans.Result()
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	switch res {
	case quoted.ResultTooManyFailed:
		http.Error(w, "Locked, call the supervisor.", http.StatusForbidden)
		return
	case quoted.ResultOTPInvalid, quoted.ResultOTPReplayed:
		http.Error(w, "Wrong code.", http.StatusForbidden)
		return
	}
	if !ans.Accepted() {
		http.Error(w, "Code not accepted.", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Refund is a chain closed by the parsing predicate.
func (k *Kiosk) Refund(w http.ResponseWriter, r *http.Request) {
	ans, err := k.SP.CheckOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	if res, _ := ans.Result(); res == quoted.ResultTooManyFailed {
		http.Error(w, "Locked.", http.StatusForbidden)
		return
	} else if res == quoted.ResultOTPInvalid {
		http.Error(w, "Wrong code.", http.StatusForbidden)
		return
	}
	if !ans.Passed() {
		http.Error(w, "Code not accepted.", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Reprint has no catch-all: the lockout and every other failure print.
func (k *Kiosk) Reprint(w http.ResponseWriter, r *http.Request) {
	ans, err := k.SP.CheckOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	res, _ := ans.Result()
	if res == quoted.ResultOTPInvalid { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "Wrong code.", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
