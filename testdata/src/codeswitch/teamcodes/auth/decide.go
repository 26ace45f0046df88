package auth

import "net/http"

// statusFor maps the server's code to the answer of the sign-in endpoint.
func statusFor(code int64) int {
	switch code { // want `fail-open switch over SurePassID return codes`
	case codeReplayed, codeInvalid:
		return http.StatusUnauthorized
	case codeLocked:
		return http.StatusLocked
	}
	return http.StatusOK
}

// the kiosk's own numbers, named for what the kiosk shows.
const (
	kioskWrong    = 9003
	kioskReplayed = 9002
	kioskLocked   = 9096
)

// kioskMessage picks the kiosk's screen.
func kioskMessage(code int) (string, bool) {
	if code == kioskWrong || code == kioskReplayed { // want `fail-open if-else chain over SurePassID return codes`
		return "try again", false
	} else if code == kioskLocked {
		return "see the front desk", false
	}
	return "welcome", true
}
