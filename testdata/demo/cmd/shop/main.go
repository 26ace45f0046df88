// Command shop serves the demo shop's sign-in endpoints.
package main

import (
	"log"
	"net/http"
	"os"

	"example.com/shop/surepass"
	"example.com/shop/web"
)

func main() {
	s := &web.Server{SurePass: &surepass.Client{
		HTTP:      http.DefaultClient,
		Endpoint:  surepass.DefaultEndpoint,
		LoginName: os.Getenv("SUREPASS_LOGIN"),
		LoginKey:  os.Getenv("SUREPASS_KEY"),
	}}
	http.HandleFunc("POST /otp", s.HandleOTP)
	http.HandleFunc("POST /otp.json", s.HandleOTPJSON)
	http.HandleFunc("POST /otp/resend", s.HandleResend)
	log.Fatal(http.ListenAndServe("localhost:8080", nil))
}
