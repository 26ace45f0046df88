// Package funnel serves sign-in through an adapter that shows the client
// only its own *failure type (taken out with errors.As) and replaces any
// other error with a fixed text. A handler exposes SurePassID's text only
// by putting it in a *failure; returning the client's wrapped error, or
// the result of its own Encode call, shows nothing.
package funnel

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"

	"rawexposure/frameworks/spclient"
)

// failure is the only error the app shows.
type failure struct {
	Status int    `json:"-"`
	Reason string `json:"reason"`
	Hint   string `json:"hint,omitempty"`
}

func (f *failure) Error() string { return f.Reason + ": " + f.Hint } // want Error:`result 0 raw errorMessage from funnel.failure.Hint`

type endpoint func(w http.ResponseWriter, r *http.Request) error

type app struct {
	sp *spclient.Client
}

// serve adapts endpoints: a *failure is encoded whole, anything else is
// logged and answered with a fixed body.
func (a *app) serve(h endpoint) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil {
			return
		}
		var f *failure
		if !errors.As(err, &f) {
			log.Printf("%s: %v", r.URL.Path, err)
			f = &failure{Status: http.StatusInternalServerError, Reason: "internal"}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(f.Status)
		_ = json.NewEncoder(w).Encode(f) // want `raw SurePassID errorMessage \(from funnel.failure.Hint\) written to the HTTP response`
	}
}

func (a *app) routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /otp", a.serve(a.checkOTP))
	mux.HandleFunc("POST /otp/plain", a.serve(a.checkPlain))
	mux.HandleFunc("POST /otp/explain", a.serve(a.explain))
}

// checkOTP wraps the client's error: serve replaces it. Not reported.
func (a *app) checkOTP(w http.ResponseWriter, r *http.Request) error {
	if err := a.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		return fmt.Errorf("check otp: %w", err)
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// checkPlain answers the lockout itself and returns Encode's own error,
// which says nothing about what was encoded: only the body is reported.
func (a *app) checkPlain(w http.ResponseWriter, r *http.Request) error {
	resp, err := a.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		w.WriteHeader(http.StatusUnauthorized)
		return json.NewEncoder(w).Encode(map[string]string{"detail": resp.ErrorMessage}) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
	_, err = fmt.Fprintf(w, "ok %s", r.FormValue("user"))
	return err
}

// explain puts SurePassID's text in a *failure: serve's Encode of a
// *failure is reported.
func (a *app) explain(w http.ResponseWriter, r *http.Request) error {
	resp, err := a.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return &failure{Status: http.StatusBadGateway, Reason: "unavailable"}
	}
	if resp.ErrorCode != 0 {
		return &failure{Status: http.StatusUnauthorized, Reason: "denied", Hint: resp.ErrorMessage}
	}
	return nil
}
