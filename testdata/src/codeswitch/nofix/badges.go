package nofix

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/arcade/tokensvc"
)

// badges pairs kiosk badges (see codeswitch/arcade/kiosk).
type badges struct{ paired map[string]bool }

func user(r *http.Request) string { return r.FormValue("user") }

// pairBadge turns away two OTP faults and a timeout, and pairs the badge
// for every other error: a bypass attempt, a disabled user. Reported, with
// no fix: a case on the code alone would read tf when errors.As found none.
func (k *badges) pairBadge(w http.ResponseWriter, r *http.Request) {
	_, err := tokensvc.Check(r.Context(), user(r), r.FormValue("otp"))
	var tf *tokensvc.TokenFault
	switch { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled \(.*\) \(no suggested fix: the code is read through the target of errors.As, nil for any other error\)`
	case errors.As(err, &tf) && (tf.Cause.Code == tokensvc.OTPWrong || tf.Cause.Code == tokensvc.OTPUsed):
		http.Error(w, "that code was not accepted", http.StatusUnauthorized)
		return
	case errors.Is(err, context.DeadlineExceeded):
		http.Error(w, "try again", http.StatusGatewayTimeout)
		return
	}
	k.paired[user(r)] = true
	w.WriteHeader(http.StatusNoContent)
}

// unpairBadge: the same, as an if-else chain on the fault itself.
// Reported, no fix.
func (k *badges) unpairBadge(w http.ResponseWriter, r *http.Request) {
	_, err := tokensvc.Check(r.Context(), user(r), r.FormValue("otp"))
	var f *tokensvc.Fault
	if errors.As(err, &f) && f.Code == tokensvc.OTPWrong { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes fall through unhandled \(.*\) \(no suggested fix: the code is read through the target of errors.As, nil for any other error\)`
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	} else if errors.As(err, &f) && f.Code == tokensvc.ClockDrift {
		http.Error(w, "check the clock of your phone", http.StatusUnauthorized)
		return
	}
	delete(k.paired, user(r))
	w.WriteHeader(http.StatusNoContent)
}
