// Package live pushes the state of a push sign-in to the browser, which
// acts on the verdict word it gets: "approved" signs the user in.
package live

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"codeswitch/verdictwords/spcode"
)

type wsStatus struct {
	Verdict string `json:"verdict"`
}

// verdictFor turns a push answer into what the browser should do.
func verdictFor(code spcode.Code) string {
	if spcode.IsLocked(code) { // want `fail-open if-else chain over SurePassID return codes`
		return "locked"
	} else if code == spcode.OTPReplay || code == spcode.BypassAttempt {
		return "denied"
	} else if code == spcode.SendOTPExpired {
		return "expired"
	}
	return "approved"
}

// stepUpVerdict is the same decision as a switch.
func stepUpVerdict(code spcode.Code) string {
	switch code { // want `fail-open switch over SurePassID return codes`
	case spcode.OTPInvalid, spcode.OTPReplay:
		return "rejected"
	case spcode.Lockout:
		return "blocked"
	}
	return "allowed"
}

// bannerFor approves only Success: fail-closed.
func bannerFor(code spcode.Code) string {
	if code == spcode.Success {
		return "approved"
	} else if spcode.IsLocked(code) {
		return "locked"
	}
	return "denied"
}

// resultLabel names an answer for the metrics: its words decide nothing.
func resultLabel(code spcode.Code) string {
	switch code {
	case spcode.OTPInvalid, spcode.OTPReplay:
		return "otp"
	case spcode.Lockout, spcode.UserLockout:
		return "lockout"
	}
	return "other"
}

// hint is the text shown under the code box: a message mapping.
func hint(code spcode.Code) string {
	switch code {
	case spcode.Lockout:
		return "Too many attempts. Try again later."
	case spcode.OTPInvalid:
		return "That code didn't work."
	}
	return "Check your phone."
}

// Status serves the browser's poll.
func Status(w http.ResponseWriter, r *http.Request, code spcode.Code, log *slog.Logger) {
	log.Info("push answer", "result", resultLabel(code), "hint", hint(code), "banner", bannerFor(code))
	if r.URL.Query().Get("stepup") != "" {
		_ = json.NewEncoder(w).Encode(wsStatus{Verdict: stepUpVerdict(code)})
		return
	}
	_ = json.NewEncoder(w).Encode(wsStatus{Verdict: verdictFor(code)})
}
