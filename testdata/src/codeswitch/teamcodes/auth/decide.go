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
