// Package portal is the consumer: it sees the gateway's directives through
// facts, and the ui package's sinks.
package portal // want "relevant package"

import (
	"context"
	"net/http"

	"spiddirective/gateway"
	"spiddirective/ui"
)

type Server struct {
	GW     *gateway.Client
	Page   *ui.Page
	Notify ui.Notifier
}

func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	reply, err := s.GW.Verify(context.Background(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return
	}
	if gateway.Status(reply.Outcome) != gateway.StatusOK { // want "call is code" "role code" "role code"
		ui.Flash(w, reply.Detail)                            // want "sink 1" "role message"
		s.Page.Notice("sign-in failed: %s", reply.Detail)    // want "sink 0..." "role message"
		_ = s.Notify.Push(r.FormValue("user"), reply.Detail) // want "sink 1" "role message"
		ui.Log("trace %s", reply.Trace)
	}
}
