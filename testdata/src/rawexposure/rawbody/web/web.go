// Package web serves the OTP step with net/http through spclient.
package web

import (
	"errors"
	"log"
	"net/http"

	"rawexposure/rawbody/spclient"
)

type Server struct {
	SP *spclient.Client
}

// Verify shows the upstream answer to the user.
func (s *Server) Verify(w http.ResponseWriter, r *http.Request) {
	err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	var apiErr *spclient.APIError
	if errors.As(err, &apiErr) {
		log.Printf("surepass said %s", apiErr.Raw)
		http.Error(w, apiErr.Raw, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from spclient.APIError.Raw\) written to the HTTP response`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Send relays the answer's bytes.
func (s *Server) Send(w http.ResponseWriter, r *http.Request) {
	err := s.SP.SendOTP(r.Context(), r.FormValue("user"), "sms")
	var rawErr *spclient.RawError
	if errors.As(err, &rawErr) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadGateway)
		w.Write(rawErr.Payload()) // want `raw SurePassID errorMessage \(from spclient.RawError.body\) written to the HTTP response`
		return
	}
	if err != nil {
		http.Error(w, "could not send the code", http.StatusBadGateway)
	}
}

// Status writes only what the client made of the answer.
func (s *Server) Status(w http.ResponseWriter, r *http.Request) {
	st, err := s.SP.Status(r.Context(), r.FormValue("user"))
	if err != nil {
		var apiErr *spclient.APIError
		if errors.As(err, &apiErr) {
			http.Error(w, http.StatusText(apiErr.Status), http.StatusBadGateway)
			return
		}
		http.Error(w, "unavailable", http.StatusBadGateway)
		return
	}
	w.Write([]byte(st))
}

// Enroll writes the error's text.
func (s *Server) Enroll(w http.ResponseWriter, r *http.Request) {
	if err := s.SP.AddUser(r.Context(), r.FormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from spclient.AddUser\) written to the HTTP response`
	}
}
