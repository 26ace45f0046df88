// Package kiosk serves the enrolment kiosk's pages.
package kiosk

import (
	"log/slog"
	"net/http"
	"strconv"

	"rawexposure/loose/streamed/spstream"
)

// Server is the kiosk.
type Server struct {
	client *http.Client
	log    *slog.Logger
}

func (s *Server) verify(w http.ResponseWriter, r *http.Request) {
	res, err := spstream.Validate(r.Context(), s.client, r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "service unavailable", http.StatusServiceUnavailable)
		return
	}
	if err := res.Failure("validate"); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) note(w http.ResponseWriter, r *http.Request) {
	res, err := spstream.Validate(r.Context(), s.client, r.FormValue("user"), r.FormValue("otp"))
	if err != nil || res.Status() == spstream.Success {
		return
	}
	s.log.Warn("refused", "code", res.Status(), "message", res.Note())
	w.Header().Set("X-Refusal", strconv.Itoa(res.Status())) // want `raw SurePassID return code`
	w.Write([]byte(res.Note()))                             // want `raw SurePassID errorMessage`
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	l, err := spstream.FindUser(r.Context(), s.client, r.FormValue("user"))
	if err != nil {
		return
	}
	if l.Code() != spstream.Success {
		s.log.Info("lookup refused", "code", l.Code(), "detail", l.Detail())
		w.Header().Set("X-Lookup", strconv.Itoa(l.Code())) // want `raw SurePassID return code`
		http.Error(w, l.Detail(), http.StatusConflict)     // want `raw SurePassID errorMessage`
		return
	}
}

// generic maps the code to the kiosk's own words.
func (s *Server) generic(w http.ResponseWriter, r *http.Request) {
	l, err := spstream.FindUser(r.Context(), s.client, r.FormValue("user"))
	if err != nil {
		return
	}
	switch l.Code() {
	case spstream.Success:
		w.Write([]byte("enrolled"))
	case spstream.NoDevices:
		w.Write([]byte("no authenticator yet"))
	default:
		s.log.Error("lookup", "detail", l.Detail())
		w.Write([]byte("please ask the help desk"))
	}
}
