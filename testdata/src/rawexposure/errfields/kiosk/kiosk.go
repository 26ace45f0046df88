// Package kiosk runs the lobby kiosk's badge check: it calls SurePassID
// itself and keeps the server's message in its own error type.
package kiosk

import (
	"encoding/json"
	"net/http"
)

type answer struct {
	ErrorCode    int    `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// lockout keeps the server's message for the audit log.
type lockout struct {
	shown  string
	server string
}

func (l *lockout) Error() string { return l.shown }

// Server is what the server said.
func (l *lockout) Server() string { return l.server } // want Server:"result 0 raw errorMessage from kiosk.lockout.server"

// badge keeps a user-facing label and the server's text.
type badge struct {
	Label  string
	Detail string
}

func (b badge) String() string { return "badge " + b.Label }

type loud struct {
	shown  string
	server string
}

func (l loud) Error() string { // want Error:"result 0 raw errorMessage from kiosk.loud.server"
	if l.server != "" {
		return l.shown + " (" + l.server + ")"
	}
	return l.shown
}

func check(r *http.Request) (badge, error) {
	res, err := http.Post("https://cloud.surepassid.com/AuthServer/REST/OTP/OTPService.svc/validate_otp", "application/json", r.Body)
	if err != nil {
		return badge{}, err
	}
	defer res.Body.Close()
	var a answer
	if err := json.NewDecoder(res.Body).Decode(&a); err != nil {
		return badge{}, err
	}
	switch a.ErrorCode {
	case 0:
		return badge{Label: r.FormValue("badge")}, nil
	case 9003:
		return badge{Label: r.FormValue("badge"), Detail: a.ErrorMessage}, loud{shown: "code refused", server: a.ErrorMessage}
	}
	return badge{}, &lockout{shown: "badge locked, see the front desk", server: a.ErrorMessage}
}

// Scan is the kiosk's scan endpoint.
func Scan(w http.ResponseWriter, r *http.Request) {
	b, err := check(r)
	if lo, ok := err.(*lockout); ok {
		http.Error(w, lo.Error(), http.StatusLocked)
		return
	}
	if lo, ok := err.(*lockout); ok && r.FormValue("debug") != "" {
		_, _ = w.Write([]byte(lo.Server())) // want `raw SurePassID errorMessage \(from kiosk.lockout.server\) written to the HTTP response`
		return
	}
	if l, ok := err.(loud); ok {
		http.Error(w, l.Error(), http.StatusForbidden) // want `raw SurePassID errorMessage \(from .*\) written to the HTTP response`
		return
	}
	_, _ = w.Write([]byte(b.String()))
	_, _ = w.Write([]byte(b.Detail)) // want `raw SurePassID errorMessage \(from kiosk.badge.Detail\) written to the HTTP response`
}
