// Package web is the portal's sign-in handler, using the gateway client and
// the ui helpers declared by directives in other packages.
package web

import (
	"net/http"

	"rawexposuredirective/gateway"
	"rawexposuredirective/ui"
)

type Server struct {
	GW   *gateway.Client
	Push ui.Pusher
}

func (s *Server) SignIn(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	reply, err := s.GW.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		ui.Audit("sign-in %s: %v", user, err) // the operators' log: fine
		ui.Flash(w, err.Error())              // want `raw SurePassID errorMessage \(from gateway.Verify\) written to the user \(sink ui.Flash, by its //surepasslint:sink directive\)`
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	ui.Flash(w, "Welcome back") // a constant: fine
	_ = reply
}

func (s *Server) Resend(w http.ResponseWriter, r *http.Request, page *ui.Page) {
	user := r.FormValue("user")
	reply, err := s.GW.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil && reply != nil {
		page.Notice("Could not sign in: %s", reply.Detail) // want `raw SurePassID errorMessage \(from reply.Detail\) written to the user \(sink ui.Page.Notice, by its //surepasslint:sink directive\)`
		_ = s.Push.Push(user, reply.Detail)                // want `raw SurePassID errorMessage \(from reply.Detail\) written to the user \(sink ui.Pusher.Push, by its //surepasslint:sink directive\)`
		_ = s.Push.Push(reply.Detail, "Sign-in failed")    // argument 0 is the recipient, not shown: fine
		page.Notice("trace %s", reply.TraceID)             // not the message: fine
	}
}
