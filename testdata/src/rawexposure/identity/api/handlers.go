// Package api is the platform's net/http API. Its handlers reach the
// response through package httpx and through local helpers.
package api

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"rawexposure/identity/auth"
	"rawexposure/identity/enroll"
	"rawexposure/identity/httpx"
	"rawexposure/identity/spclient"
)

// Server is the API.
type Server struct {
	SP     *spclient.Client
	Auth   *auth.Service
	Enroll *enroll.Service
	Render Renderer
}

// Login: the client's own error type, wrapped once by auth.
func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	if _, err := s.Auth.Login(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		httpx.Respond(w, http.StatusUnauthorized, err.Error()) // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response by httpx.Respond`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Enroll: wrapped twice, by auth and by enroll, in two other packages.
func (s *Server) EnrollToken(w http.ResponseWriter, r *http.Request) {
	err := s.Enroll.Enroll(r.Context(), r.FormValue("user"), r.FormValue("otp"), r.FormValue("serial"))
	if err != nil {
		httpx.Respond(w, http.StatusConflict, err.Error()) // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response by httpx.Respond`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// EnrollAs unwraps the client's error with errors.As.
func (s *Server) EnrollAs(w http.ResponseWriter, r *http.Request) {
	err := s.Enroll.Enroll(r.Context(), r.FormValue("user"), r.FormValue("otp"), r.FormValue("serial"))
	var apiErr *spclient.Error
	switch {
	case errors.As(err, &apiErr) && apiErr.Op == "assign_token":
		httpx.Respond(w, http.StatusConflict, apiErr.Error()) // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response by httpx.Respond`
	case errors.As(err, &apiErr):
		httpx.Respond(w, http.StatusUnauthorized, "token enrollment failed: "+apiErr.Message) // want `raw SurePassID errorMessage \(from spclient.Error.Message\) written to the HTTP response by httpx.Respond`
	case err != nil:
		slog.Error("enroll", "err", err)
		httpx.Respond(w, http.StatusBadGateway, "token enrollment is unavailable")
	}
}

// StepUp formats the wrapped error into the detail.
func (s *Server) StepUp(w http.ResponseWriter, r *http.Request) {
	err := s.Auth.StepUp(r.Context(), &auth.Session{User: r.FormValue("user")}, r.FormValue("otp"))
	if err != nil {
		httpx.Respond(w, http.StatusForbidden, fmt.Sprintf("step-up failed: %v", err)) // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response by httpx.Respond`
	}
}

// ResetPIN uses a local closure as its error helper.
func (s *Server) ResetPIN(w http.ResponseWriter, r *http.Request) {
	fail := func(msg string) {
		http.Error(w, msg, http.StatusUnauthorized)
	}
	if r.FormValue("user") == "" {
		fail("user is required")
		return
	}
	if _, err := s.Auth.Login(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		fail(err.Error()) // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response by fail`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Unlock keeps the status next to the message in its closure.
func (s *Server) Unlock(w http.ResponseWriter, r *http.Request) {
	reply := func(status int, format string, args ...any) {
		w.WriteHeader(status)
		fmt.Fprintf(w, format, args...)
	}
	if err := s.Auth.StepUp(r.Context(), &auth.Session{User: r.FormValue("user")}, r.FormValue("otp")); err != nil {
		reply(http.StatusForbidden, "unlock refused: %v", err) // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response by reply`
		return
	}
	reply(http.StatusOK, "unlocked")
}

// Describe picks the text with a local function value.
func (s *Server) Describe(w http.ResponseWriter, r *http.Request) {
	describe := func(err error) string { return "sign-in failed: " + err.Error() }
	_, err := s.Auth.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, describe(err), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response`
	}
}

// Send binds a helper as a value.
func (s *Server) Send(w http.ResponseWriter, r *http.Request) {
	send := httpx.Respond
	if err := s.Auth.StepUp(r.Context(), &auth.Session{User: r.FormValue("user")}, r.FormValue("otp")); err != nil {
		send(w, http.StatusForbidden, err.Error()) // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response by httpx.Respond`
	}
}

// Token: the client returns the decoded answer as the error.
func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	st, err := s.SP.Token(r.Context(), r.FormValue("serial"))
	if err != nil {
		httpx.Respond(w, http.StatusBadGateway, err.Error()) // want `raw SurePassID errorMessage \(from spclient.TokenStatus.Error\) written to the HTTP response by httpx.Respond`
		return
	}
	httpx.Respond(w, http.StatusOK, fmt.Sprintf("token %s locked: %t", st.Serial, st.Locked))
}
