// Package clinic is the clinicians' portal: its SurePassID answers are
// read into the API's own enum through accessors that guard the value.
package clinic

import (
	"context"
	"errors"
	"log"
	"net/http"

	"codeswitch/getters/clinicpb"
)

// Result is a decoded SurePassID answer.
type Result struct {
	Code int32  `json:"errorCode"`
	Text string `json:"errorMessage"`
}

// Status is the answer in the API's enum; values the enum does not name
// come back as UNMAPPED.
func (r *Result) Status() clinicpb.MfaStatus { // want Status:"codeswitch\\(accessor: receiver.Code\\)"
	if _, known := clinicpb.MfaStatus_name[r.Code]; !known {
		return clinicpb.MfaStatus_MFA_STATUS_UNMAPPED
	}
	return clinicpb.MfaStatus(r.Code)
}

// Severity is no accessor: its guard answers a published code.
func (r *Result) Severity() clinicpb.MfaStatus {
	if _, known := clinicpb.MfaStatus_name[r.Code]; !known {
		return clinicpb.MfaStatus_MFA_STATUS_OK
	}
	return clinicpb.MfaStatus(r.Code)
}

// APIError is a refused call.
type APIError struct {
	Op   string
	Code int32
}

func (e *APIError) Error() string { return e.Op + ": refused" }

// Status reads the code through Result's accessor.
func (e *APIError) Status() clinicpb.MfaStatus { // want Status:"codeswitch\\(accessor: receiver.Code\\)"
	r := Result{Code: e.Code}
	return r.Status()
}

// Sessions checks a portal session with SurePassID.
type Sessions interface {
	Check(ctx context.Context, user, token string) (*Result, error)
	Claim(ctx context.Context, user, otp string) error
}

// Portal serves the clinicians.
type Portal struct {
	SP Sessions
}

// Gate answers two statuses with their own pages, then rejects every
// other failure by the raw code: not reported.
func (p *Portal) Gate(w http.ResponseWriter, r *http.Request) {
	res, err := p.SP.Check(r.Context(), r.FormValue("user"), r.FormValue("token"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	switch res.Status() {
	case clinicpb.MfaStatus_MFA_STATUS_SESSION_INVALID:
		http.Error(w, "session expired", http.StatusUnauthorized)
		return
	case clinicpb.MfaStatus_MFA_STATUS_USER_DISABLED:
		http.Error(w, "account disabled", http.StatusForbidden)
		return
	}
	if res.Code != 0 {
		log.Printf("session refused: %d", res.Code)
		http.Error(w, "session refused", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Claim answers the wrong codes of a refused claim, then rejects every
// other refusal by the error's raw code: not reported.
func (p *Portal) Claim(w http.ResponseWriter, r *http.Request) {
	err := p.SP.Claim(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		switch apiErr.Status() {
		case clinicpb.MfaStatus_MFA_STATUS_OTP_INVALID, clinicpb.MfaStatus_MFA_STATUS_OTP_ALREADY_USED:
			http.Error(w, "wrong code", http.StatusUnauthorized)
			return
		}
		if apiErr.Code != 0 {
			http.Error(w, "claim refused", http.StatusForbidden)
			return
		}
	}
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Enter answers one status and lets every other answer in: reported.
func (p *Portal) Enter(w http.ResponseWriter, r *http.Request) {
	res, err := p.SP.Check(r.Context(), r.FormValue("user"), r.FormValue("token"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	switch res.Status() { // want `fail-open switch over SurePassID return codes`
	case clinicpb.MfaStatus_MFA_STATUS_SESSION_INVALID:
		http.Error(w, "session expired", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
