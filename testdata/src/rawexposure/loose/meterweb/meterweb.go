// Package meterweb is the smart-meter portal's sign-in pages.
package meterweb

import (
	"fmt"
	"log"
	"net/http"

	"rawexposure/loose/meterapi"
)

type site struct {
	sp *meterapi.Client
}

// sendCode passes the client's error on: its text is the server's.
func (s *site) sendCode(w http.ResponseWriter, r *http.Request) {
	if err := s.sp.Deliver(r.Context(), r.FormValue("user"), r.FormValue("channel")); err != nil {
		log.Printf("deliver: %v", err)
		http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from meterapi.Deliver\) written to the HTTP response`
		return
	}
	fmt.Fprintln(w, "A code is on its way.")
}

// verify shows the outcome's text.
func (s *site) verify(w http.ResponseWriter, r *http.Request) {
	o, err := s.sp.Check(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "Please try again.", http.StatusBadGateway)
		return
	}
	if !o.OK() {
		log.Printf("check refused: %s %s", o.Status, o.Detail)
		fmt.Fprintf(w, "Refused: %s", o.Detail) // want `raw SurePassID errorMessage \(from o.Detail\) written to the HTTP response`
		return
	}
	fmt.Fprintln(w, "Signed in.")
}

// meter shows the gateway's own text, written for the customer.
func (s *site) meter(w http.ResponseWriter, m map[string]any) {
	n := meterapi.Ping(m)
	if n.State != "ok" {
		http.Error(w, n.Detail, http.StatusConflict)
	}
}
