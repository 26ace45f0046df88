// Package nethttp relays SurePassID answers through the standard library's
// net/http.
package nethttp

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"

	"example.com/frameworks/othervendor"
	"example.com/frameworks/spclient"
)

var sp = &spclient.Client{HTTP: http.DefaultClient}

// Routes registers the handlers on a ServeMux.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /otp", verify)
	mux.HandleFunc("POST /otp/raw", verifyRaw)
	mux.HandleFunc("POST /otp/safe", verifySafe)
	mux.HandleFunc("GET /shipments/{id}", othervendor.Shipment)
}

func verify(w http.ResponseWriter, r *http.Request) {
	if err := sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want "raw SurePassID errorMessage"
		return
	}
	fmt.Fprintln(w, "welcome")
}

func verifyRaw(w http.ResponseWriter, r *http.Request) {
	resp, err := sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, http.StatusText(http.StatusBadGateway), http.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		switch r.FormValue("via") {
		case "header":
			w.Header().Set("X-Auth-Error", resp.ErrorMessage) // want "raw SurePassID errorMessage"
			w.WriteHeader(http.StatusUnauthorized)
		case "cookie":
			http.SetCookie(w, &http.Cookie{Name: "flash", Value: url.QueryEscape(resp.ErrorMessage)}) // want "raw SurePassID errorMessage"
			http.Redirect(w, r, "/login", http.StatusSeeOther)
		case "redirect":
			http.Redirect(w, r, "/login?error="+url.QueryEscape(resp.ErrorMessage), http.StatusSeeOther) // want "raw SurePassID errorMessage"
		case "code":
			w.WriteHeader(http.StatusUnauthorized)
			_ = json.NewEncoder(w).Encode(map[string]int{"code": resp.ErrorCode}) // want "raw SurePassID (return )?code"
		default:
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(resp.ErrorMessage)) // want "raw SurePassID errorMessage"
		}
		return
	}
	fmt.Fprintln(w, "welcome")
}

// verifySafe logs the raw answer and shows a fixed text: not reported.
func verifySafe(w http.ResponseWriter, r *http.Request) {
	resp, err := sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		log.Printf("surepass: %v", err)
		http.Error(w, http.StatusText(http.StatusBadGateway), http.StatusBadGateway)
		return
	}
	if resp.ErrorCode != 0 {
		log.Printf("otp rejected %d: %s", resp.ErrorCode, resp.ErrorMessage)
		http.Error(w, spclient.SafeMessage, http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
