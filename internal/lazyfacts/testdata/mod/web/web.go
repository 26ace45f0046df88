// Package web serves the sign-in pages; it uses the SurePassID client in
// another package, and the module's other packages.
package web

import (
	"net/http"

	"example.com/mod/a"
	"example.com/mod/nested/util"
	"example.com/mod/surepass"
)

// Server serves the second sign-in step.
type Server struct{ SurePass *surepass.Client }

// HandleResend texts the user a new code.
func (s *Server) HandleResend(w http.ResponseWriter, r *http.Request) {
	a.Plain()
	if err := s.SurePass.SendOTP(r.Context(), util.Title(r.PostFormValue("user"))); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
