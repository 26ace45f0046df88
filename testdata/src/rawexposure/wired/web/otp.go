package web

import (
	"net/http"

	"rawexposure/wired/ports"
	"rawexposure/wired/spcodes"
)

// SendCode writes the delivery's answer, from a port declared in a
// package of interfaces. Reported.
func SendCode(otp ports.OTP) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		code, msg, err := otp.SendOTP(r.Context(), r.FormValue("user"), "sms")
		if err != nil || code == spcodes.Success {
			return
		}
		http.Error(w, msg, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from ports.OTP.SendOTP\) written to the HTTP response`
	}
}
