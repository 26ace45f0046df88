// Package portal renders its pages into a buffer first, so a template
// error never leaves half a page, then copies the buffer to the client.
package portal

import (
	"bytes"
	"html/template"
	"log/slog"
	"net/http"
	"os"

	"rawexposure/rendered/tokensvc"
)

type page struct {
	User   string
	Error  string
	Notice string
}

// Server serves the token pages.
type Server struct {
	tokens *tokensvc.Client
	views  map[string]*template.Template
	log    *slog.Logger
}

func (s *Server) render(w http.ResponseWriter, name string, data any) {
	t, ok := s.views[name]
	if !ok {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.Error("render", "name", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = buf.WriteTo(w)
}

// archive renders a page into a file for the audit trail: no client sees it.
func (s *Server) archive(path string, data any) error {
	var buf bytes.Buffer
	if err := s.views["audit"].Execute(&buf, data); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o600)
}

func (s *Server) enroll(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := s.tokens.AssignToken(r.Context(), user, r.FormValue("serial"))
	if err != nil {
		s.render(w, "enroll", page{User: user, Error: "The token service is unavailable."})
		return
	}
	if rep.ErrorCode != 0 {
		s.log.Warn("assign token", "user", user, "code", rep.ErrorCode, "msg", rep.ErrorMessage)
		_ = s.archive("/var/lib/portal/audit.html", page{User: user, Error: rep.ErrorMessage})
		s.render(w, "enroll", page{User: user, Error: rep.ErrorMessage}) // want `raw SurePassID errorMessage`
		return
	}
	s.render(w, "enroll", page{User: user, Notice: "Token assigned."})
}

func (s *Server) enrollQuiet(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := s.tokens.AssignToken(r.Context(), user, r.FormValue("serial"))
	if err != nil || rep.ErrorCode != 0 {
		if rep != nil {
			s.log.Warn("assign token", "user", user, "msg", rep.ErrorMessage)
		}
		s.render(w, "enroll", page{User: user, Error: "We could not assign that token."})
		return
	}
	s.render(w, "enroll", page{User: user, Notice: "Token assigned."})
}

// refusedPage renders the refusal in place and copies it out.
func (s *Server) refusedPage(w http.ResponseWriter, r *http.Request) {
	rep, err := s.tokens.AssignToken(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil || rep.ErrorCode == 0 {
		http.Redirect(w, r, "/tokens", http.StatusSeeOther)
		return
	}
	var buf bytes.Buffer
	if err := s.views["refused"].Execute(&buf, page{Error: rep.ErrorMessage}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	buf.WriteTo(w) // want `raw SurePassID errorMessage`
}
