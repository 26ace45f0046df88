// Command portal serves the customer portal's sign-in pages.
package main

import (
	"log"
	"net/http"

	"example.com/portal/idp"
	"example.com/portal/session"
	"example.com/portal/web"
)

func main() {
	s := &web.Server{
		IDP:      &idp.Client{HTTP: http.DefaultClient, LoginName: "portal", LoginKey: "from-the-vault"},
		Sessions: &session.Store{},
	}
	http.HandleFunc("POST /otp", s.HandleOTP)
	http.HandleFunc("POST /otp/legacy", s.HandleLegacyOTP)
	http.HandleFunc("POST /otp/kiosk", s.HandleKioskOTP)
	http.HandleFunc("POST /otp/resend", s.HandleResend)
	http.HandleFunc("POST /otp/status", s.HandleStatus)
	log.Fatal(http.ListenAndServe("localhost:8080", nil))
}
