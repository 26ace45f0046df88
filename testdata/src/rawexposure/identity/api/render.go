package api

import (
	"net/http"

	"rawexposure/identity/auth"
)

// Renderer is how handlers answer errors; httpx.JSONRenderer is the
// implementation the platform runs with, textRenderer the one for the
// legacy pages.
type Renderer interface {
	Error(w http.ResponseWriter, status int, title, detail string) // want Error:`rawexposure\(param 2 reaches the HTTP response via http.Error\)`
	Text(w http.ResponseWriter, status int, msg string)            // want Text:`rawexposure\(param 2 reaches the HTTP response via http.ResponseWriter.Write\)`
}

type textRenderer struct{}

func (textRenderer) Error(w http.ResponseWriter, status int, title, detail string) { // want Error:`rawexposure\(param 2 reaches the HTTP response via http.Error\)`
	http.Error(w, title, status)
}

func (textRenderer) Text(w http.ResponseWriter, status int, msg string) { // want Text:`rawexposure\(param 2 reaches the HTTP response via http.ResponseWriter.Write\)`
	w.WriteHeader(status)
	_, _ = w.Write([]byte(msg))
}

// Confirm answers through the interface: the detail reaches the response
// in httpx.JSONRenderer, the title in both implementations.
func (s *Server) Confirm(w http.ResponseWriter, r *http.Request) {
	if err := s.Auth.StepUp(r.Context(), &auth.Session{User: r.FormValue("user")}, r.FormValue("otp")); err != nil {
		s.Render.Error(w, http.StatusForbidden, "confirmation failed", err.Error()) // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response by api.Renderer.Error`
		s.Render.Text(w, http.StatusForbidden, err.Error())                         // want `raw SurePassID errorMessage \(from spclient.do\) written to the HTTP response by api.Renderer.Text`
	}
}
