// Package surepasslogin signs users in with SurePassID's OTP API.
package surepasslogin

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
)

// endpoint is SurePassID's OATH REST endpoint.
const endpoint = "https://api.surepassid.example/AuthServer/REST/OATH/OATHServer.aspx"

// response is SurePassID's reply to an OTP check.
type response struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

func verify(user, otp string) (response, error) {
	var resp response
	body := strings.NewReader(`{"spAccountLoginName":"` + user + `","otp":"` + otp + `"}`)
	r, err := http.Post(endpoint, "application/json", body)
	if err != nil {
		return resp, err
	}
	defer r.Body.Close()
	err = json.NewDecoder(r.Body).Decode(&resp)
	return resp, err
}

// Login is the public sign-in endpoint.
func Login(w http.ResponseWriter, r *http.Request) {
	resp, err := verify(r.FormValue("user"), r.FormValue("otp"))
	if err != nil || resp.ErrorCode != 0 {
		http.Error(w, resp.ErrorMessage, http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// AdminProbe is the operators' link check, reachable only from the VPN.
func AdminProbe(w http.ResponseWriter, r *http.Request) {
	resp, err := verify("probe", "000000")
	if err != nil {
		http.Error(w, "probe failed", http.StatusBadGateway)
		return
	}
	//lint:ignore rawexposure operators read the vendor's own text to diagnose the link
	http.Error(w, resp.ErrorMessage, http.StatusOK)
}

// Status reports liveness.
func Status(w http.ResponseWriter, r *http.Request) {
	//lint:ignore rawexposure this handler used to echo the vendor text
	http.Error(w, "ok", http.StatusOK)
}

// errDenied is the only failure users see.
var errDenied = errors.New("sign-in failed")

// checkOTP maps SurePassID's verdict to the sign-in outcome.
func checkOTP(resp response) error {
	switch resp.ErrorCode {
	case 9003, 9002: // OTPInvalid, OTPAlreadyUsed
		return errDenied
	}
	return nil
}

// checkProbe maps the operators' probe verdict; any code but the two
// below means the link works.
func checkProbe(resp response) error {
	//lint:ignore codeswitch the probe only tells a dead link from a live one
	switch resp.ErrorCode {
	case 9003, 9002: // OTPInvalid, OTPAlreadyUsed
		return errDenied
	}
	return nil
}
