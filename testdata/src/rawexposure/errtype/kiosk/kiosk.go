// Package kiosk serves the lobby kiosks through package gateway.
package kiosk

import (
	"fmt"
	"net/http"

	"rawexposure/errtype/gateway"
)

type Kiosk struct{ GW *gateway.Gateway }

// Badge: no answer means the server was not reached; the error is a
// transport failure and carries no SurePassID text.
func (k *Kiosk) Badge(w http.ResponseWriter, r *http.Request) {
	ans, err := k.GW.Check(r.Context())
	if ans == nil {
		http.Error(w, "kiosk offline: "+err.Error(), http.StatusBadGateway)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from gateway.Check\) written to the HTTP response`
		return
	}
	fmt.Fprintln(w, "welcome")
}

// Visitor writes the error beside a nil answer of a client that puts the
// raw text there: reported.
func (k *Kiosk) Visitor(w http.ResponseWriter, r *http.Request) {
	if ans, err := k.GW.Lookup(r.Context()); ans == nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from gateway.Lookup\) written to the HTTP response`
		return
	}
	fmt.Fprintln(w, "ok")
}

// Retry reassigns err inside the branch: the refinement does not hold.
func (k *Kiosk) Retry(w http.ResponseWriter, r *http.Request) {
	ans, err := k.GW.Check(r.Context())
	if ans == nil {
		ans, err = k.GW.Check(r.Context())
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from gateway.Check\) written to the HTTP response`
		}
		return
	}
	fmt.Fprintln(w, ans.ErrorCode == 0)
}
