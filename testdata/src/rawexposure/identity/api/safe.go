package api

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/identity/httpx"
	"rawexposure/identity/spclient"
)

// SafeLogin logs the wrapped error and answers with the code's safe text.
func (s *Server) SafeLogin(w http.ResponseWriter, r *http.Request) {
	_, err := s.Auth.Login(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	var apiErr *spclient.Error
	switch {
	case errors.As(err, &apiErr):
		slog.Warn("login rejected", "op", apiErr.Op, "code", apiErr.Code, "err", apiErr)
		httpx.RespondCode(w, http.StatusUnauthorized, codes.ReturnCode(apiErr.Code))
	case err != nil:
		httpx.Respond(w, http.StatusBadGateway, codes.GenericMessage)
	}
}

// SafeClosure: the closure's parameter is the status, the text is fixed.
func (s *Server) SafeClosure(w http.ResponseWriter, r *http.Request) {
	fail := func(status int, msg string) {
		http.Error(w, codes.GenericMessage, status)
		slog.Info("rejected", "msg", msg)
	}
	if _, err := s.Auth.Login(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		fail(http.StatusUnauthorized, err.Error())
	}
	logErr := func(err error) { slog.Error("login", "err", err) }
	if err := s.Auth.StepUp(r.Context(), nil, r.FormValue("otp")); err != nil {
		logErr(err)
		http.Error(w, codes.GenericMessage, http.StatusForbidden)
	}
}

// SafeRender sends a constant title and detail through the interface.
func (s *Server) SafeRender(w http.ResponseWriter, r *http.Request) {
	if err := s.Auth.StepUp(r.Context(), nil, r.FormValue("otp")); err != nil {
		slog.Warn("step-up", "err", err)
		s.Render.Error(w, http.StatusForbidden, "confirmation failed", codes.GenericMessage)
	}
}

// Auditor is an interface no implementation of which writes a response.
type Auditor interface {
	Record(event, detail string)
}

type slogAuditor struct{}

func (slogAuditor) Record(event, detail string) { slog.Info(event, "detail", detail) }

// SafeAudit hands the raw text to the audit interface, not to the user.
func (s *Server) SafeAudit(w http.ResponseWriter, r *http.Request, a Auditor) {
	if err := s.Auth.StepUp(r.Context(), nil, r.FormValue("otp")); err != nil {
		a.Record("step-up failed", err.Error())
		http.Error(w, codes.GenericMessage, http.StatusForbidden)
	}
}
