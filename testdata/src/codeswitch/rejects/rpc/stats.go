package rpc

import (
	"net/http"

	"codeswitch/rejects/otpkit"
)

// Stats counts the answers by the status they would map to.
type Stats struct {
	Kiosk  *otpkit.Terminal
	ByCode map[int]int
	Tokens func(user string) string
}

// Probe only counts the status a code maps to, then answers the health
// check; the status is never written, so nothing is refused: not
// reported.
func (s *Stats) Probe(w http.ResponseWriter, r *http.Request) {
	rep, err := s.Kiosk.Check(r.Context(), "probe", r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	status := http.StatusOK
	switch rep.ErrorCode {
	case otpkit.StatusOTPInvalid, otpkit.StatusOTPUsed:
		status = http.StatusUnauthorized
	}
	s.ByCode[status]++
	w.WriteHeader(http.StatusNoContent)
}

// Answer writes the status through a response literal: reported.
func (s *Stats) Answer(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := s.Kiosk.Check(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	status := http.StatusOK
	switch rep.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case otpkit.StatusMaxOTPFailures, otpkit.StatusMaxLoginsExceeded:
		status = http.StatusTooManyRequests
	}
	if status == http.StatusOK {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: s.Tokens(user)})
	}
	writeReply(w, reply{Status: status})
}

type reply struct{ Status int }

func writeReply(w http.ResponseWriter, rep reply) { w.WriteHeader(rep.Status) }
