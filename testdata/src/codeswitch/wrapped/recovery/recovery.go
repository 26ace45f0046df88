// Package recovery confirms account recoveries with an OTP. Its handlers
// tell a few codes apart, then ask a wrapper around the answer whether
// SurePassID accepted it: the wrapper's predicate is the answer's.
package recovery

import (
	"net/http"

	"codeswitch/wrapped/spclient"
)

// Desk answers recovery requests.
type Desk struct{ Open func(user string) error }

func (d *Desk) ticket(w http.ResponseWriter, user string) {
	if err := d.Open(user); err != nil {
		http.Error(w, "could not open a ticket", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// Confirm keeps the reply in spclient's Outcome: quiet.
func (d *Desk) Confirm(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := spclient.Validate(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "recovery unavailable", http.StatusBadGateway)
		return
	}
	out := spclient.Outcome{Reply: rep, Op: "validate_oath_otp"}
	switch rep.ErrorCode {
	case spclient.CodeOTPInvalid:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	case spclient.CodeOTPReplayed:
		http.Error(w, "code already used", http.StatusUnauthorized)
		return
	}
	if !out.Accepted() {
		http.Error(w, "recovery refused", http.StatusUnauthorized)
		return
	}
	d.ticket(w, user)
}

// answer keeps a decoded answer.
type answer struct{ body map[string]any }

func (a answer) ok() bool {
	code, found := a.body["errorCode"].(float64)
	return found && code == 0
}

func (a answer) retryable() bool {
	code, _ := a.body["errorCode"].(float64)
	return code == spclient.CodeDBError
}

// ConfirmLink decodes the answer into a map and asks its wrapper: quiet.
func (d *Desk) ConfirmLink(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := spclient.Call(r.Context(), "validate_oath_otp", map[string]any{"username": user, "otp": r.FormValue("otp")})
	if err != nil {
		http.Error(w, "recovery unavailable", http.StatusBadGateway)
		return
	}
	a := answer{body: res}
	switch res["errorCode"].(float64) {
	case 9003, 9002:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	if !a.ok() {
		http.Error(w, "recovery refused", http.StatusUnauthorized)
		return
	}
	d.ticket(w, user)
}

// ConfirmRetry asks the wrapper something else than success: a failed
// login opens a ticket.
func (d *Desk) ConfirmRetry(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	res, err := spclient.Call(r.Context(), "validate_oath_otp", map[string]any{"username": user, "otp": r.FormValue("otp")})
	if err != nil {
		http.Error(w, "recovery unavailable", http.StatusBadGateway)
		return
	}
	a := answer{body: res}
	switch res["errorCode"].(float64) { // want `fail-open switch over SurePassID return codes`
	case 9003, 9002:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	if a.retryable() {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	d.ticket(w, user)
}

// verdict keeps the code itself.
type verdict struct {
	code int
	user string
}

func (v verdict) passed() bool { return v.code == spclient.CodeOK }

// ConfirmCode keeps the code in a verdict: quiet.
func (d *Desk) ConfirmCode(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := spclient.Validate(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "recovery unavailable", http.StatusBadGateway)
		return
	}
	v := verdict{code: rep.ErrorCode, user: user}
	if rep.ErrorCode == spclient.CodeOTPInvalid {
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	if !v.passed() {
		http.Error(w, "recovery refused", http.StatusUnauthorized)
		return
	}
	d.ticket(w, user)
}

// ConfirmOther keeps another answer in the wrapper than the one it
// switches on: a failed login opens a ticket.
func (d *Desk) ConfirmOther(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := spclient.Validate(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "recovery unavailable", http.StatusBadGateway)
		return
	}
	prev, _ := spclient.Validate(r.Context(), user, r.FormValue("previous"))
	out := spclient.Outcome{Reply: prev}
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case spclient.CodeOTPInvalid:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	if !out.Accepted() {
		http.Error(w, "previous code refused", http.StatusUnauthorized)
		return
	}
	d.ticket(w, user)
}
