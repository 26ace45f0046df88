// Package web relays the loosely typed reply.
package web

import (
	"fmt"
	"net/http"

	"rawexposure/shapes/spclient"
)

func otp(w http.ResponseWriter, r *http.Request) {
	rep, err := spclient.Validate(r.Context(), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if rep.Code != "0" && rep.Message != nil {
		http.Error(w, *rep.Message, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from rep.Message\) written to the HTTP response`
		return
	}
	if rep.Code != "0" {
		fmt.Fprintf(w, "error %s", rep.Code) // want `raw SurePassID return code \(from rep.Code\) written to the HTTP response`
	}
}

func soap(w http.ResponseWriter, rep spclient.SOAPReply) {
	w.Write([]byte(rep.Text))                   // want `raw SurePassID errorMessage \(from rep.Text\) written to the HTTP response`
	w.Write([]byte("code " + rep.Result + ".")) // want `raw SurePassID return code \(from rep.Result\) written to the HTTP response`
}

// sms relays Twilio's message: not SurePassID's.
func sms(w http.ResponseWriter, rep spclient.TwilioReply) {
	http.Error(w, rep.ErrorMessage, http.StatusBadGateway)
	fmt.Fprintf(w, "code %d", rep.ErrorCode)
}
