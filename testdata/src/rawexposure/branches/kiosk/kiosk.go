// Package kiosk answers the lobby kiosk's badge-and-OTP check. Its
// replies are built in a bytes.Buffer or a map; the server's words are
// kept for the operator's log in the arms that refuse.
package kiosk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"rawexposure/branches/otpapi"
)

// Kiosk serves the lobby terminal.
type Kiosk struct {
	OTP *otpapi.Client
	Ops *log.Logger
}

func (k *Kiosk) check(r *http.Request) (*otpapi.Answer, error) {
	return k.OTP.Check(r.Context(), r.FormValue("badge"), r.FormValue("otp"))
}

// Badge writes the buffer only when the check passed; a refusal's buffer
// goes to the operator's log.
func (k *Kiosk) Badge(w http.ResponseWriter, r *http.Request) {
	a, err := k.check(r)
	if err != nil {
		http.Error(w, "kiosk offline", http.StatusServiceUnavailable)
		return
	}
	var buf bytes.Buffer
	if a.ErrorCode != 0 {
		fmt.Fprintf(&buf, "badge %s refused: %s", r.FormValue("badge"), a.ErrorMessage)
		k.Ops.Print(buf.String())
	} else {
		buf.WriteString("Welcome. Please take your badge.")
		w.Write(buf.Bytes())
	}
}

// BadgeShown writes the buffer after either arm filled it.
func (k *Kiosk) BadgeShown(w http.ResponseWriter, r *http.Request) {
	a, err := k.check(r)
	if err != nil {
		http.Error(w, "kiosk offline", http.StatusServiceUnavailable)
		return
	}
	var buf bytes.Buffer
	switch {
	case a.ErrorCode != 0:
		fmt.Fprintf(&buf, "Refused: %s", a.ErrorMessage)
	default:
		buf.WriteString("Welcome.")
	}
	w.Write(buf.Bytes()) // want `raw SurePassID errorMessage`
}

// Chain fills the reply in one arm of an else-if chain and writes it in
// another.
func (k *Kiosk) Chain(w http.ResponseWriter, r *http.Request) {
	a, err := k.check(r)
	if err != nil {
		http.Error(w, "kiosk offline", http.StatusServiceUnavailable)
		return
	}
	reply := map[string]string{"badge": r.FormValue("badge")}
	if a.ErrorCode == 0 {
		reply["state"] = "ok"
		json.NewEncoder(w).Encode(reply)
	} else if a.ErrorCode == 9003 {
		reply["state"] = "retry"
		reply["detail"] = a.ErrorMessage
		k.Ops.Printf("retry: %v", reply)
		w.WriteHeader(http.StatusUnauthorized)
	} else {
		reply["state"] = "refused"
		json.NewEncoder(w).Encode(reply)
	}
}

// Logged answers first, then keeps the server's words in the same map for
// the operator's log.
func (k *Kiosk) Logged(w http.ResponseWriter, r *http.Request) {
	a, err := k.check(r)
	if err != nil {
		http.Error(w, "kiosk offline", http.StatusServiceUnavailable)
		return
	}
	reply := map[string]string{"state": "done"}
	json.NewEncoder(w).Encode(reply)
	reply["detail"] = a.ErrorMessage
	k.Ops.Printf("answered: %v", reply)
}

// Held gives the map to a view that keeps it, then adds the server's
// words: the view sends them.
func (k *Kiosk) Held(w http.ResponseWriter, r *http.Request) {
	a, err := k.check(r)
	if err != nil {
		http.Error(w, "kiosk offline", http.StatusServiceUnavailable)
		return
	}
	reply := map[string]string{"state": "done"}
	v := view{data: reply}
	reply["detail"] = a.ErrorMessage
	v.send(w)
}

type view struct{ data map[string]string }

func (v view) send(w http.ResponseWriter) {
	json.NewEncoder(w).Encode(v.data) // want `raw SurePassID errorMessage`
}
