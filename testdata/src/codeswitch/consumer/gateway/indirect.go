package gateway

import (
	"net/http"

	"codeswitch/consumer/authn"
)

// Responder writes the gateway's error pages.
type Responder interface {
	Deny(w http.ResponseWriter, msg string)
}

type jsonResponder struct{}

// Deny always answers 403.
func (jsonResponder) Deny(w http.ResponseWriter, msg string) { // want Deny:"codeswitch\\(rejects\\)"
	http.Error(w, `{"error":"`+msg+`"}`, http.StatusForbidden)
}

// Policy decides which codes pass.
type Policy interface {
	Accepts(code int) bool
}

type strictPolicy struct{}

// Accepts passes Success only.
func (strictPolicy) Accepts(code int) bool { return code == authn.SP_SUCCESS } // want Accepts:"codeswitch\\(predicate: true when param 0 is Success\\)"

// Front is a server with its helpers behind interfaces.
type Front struct {
	SP     *authn.Client
	Resp   Responder
	Policy Policy
}

func (f *Front) deny(w http.ResponseWriter) {
	http.Error(w, "rejected", http.StatusForbidden)
}

// Register denies a bad OTP through the Responder interface, with no return
// after it, and registers every other code: reported.
func (f *Front) Register(w http.ResponseWriter, r *http.Request) {
	code, _, err := f.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	switch code { // want `fail-open switch over SurePassID return codes`
	case authn.SP_OTP_INVALID, authn.SP_OTP_ALREADY_USED:
		f.Resp.Deny(w, "wrong code")
	default:
		w.WriteHeader(http.StatusCreated)
	}
}

// RegisterBound denies through a method value: reported.
func (f *Front) RegisterBound(w http.ResponseWriter, r *http.Request) {
	deny := f.deny
	code, _, err := f.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	switch code { // want `fail-open switch over SurePassID return codes`
	case authn.SP_OTP_INVALID, authn.SP_OTP_ALREADY_USED:
		deny(w)
	default:
		w.WriteHeader(http.StatusCreated)
	}
}

// RegisterPolicy rejects every code the policy does not accept after the
// switch: the only Policy accepts Success only. Not reported.
func (f *Front) RegisterPolicy(w http.ResponseWriter, r *http.Request) {
	code, _, err := f.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	switch code {
	case authn.SP_OTP_INVALID, authn.SP_OTP_ALREADY_USED:
		http.Error(w, "wrong code", http.StatusUnprocessableEntity)
		return
	}
	if !f.Policy.Accepts(code) {
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// RegisterFuncValue rejects every code a bound predicate rejects: not
// reported.
func (f *Front) RegisterFuncValue(w http.ResponseWriter, r *http.Request) {
	ok := authn.IsSuccess
	code, _, err := f.SP.VerifyCode(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	switch code {
	case authn.SP_OTP_INVALID, authn.SP_OTP_ALREADY_USED:
		http.Error(w, "wrong code", http.StatusUnprocessableEntity)
		return
	}
	if !ok(code) {
		http.Error(w, "rejected", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
