// Package portal is the self-service web front end: it writes the
// client's errors to the page.
package portal

import (
	"fmt"
	"net/http"

	"rawexposure/parsefail/tokensvc"
)

func check(w http.ResponseWriter, r *http.Request) {
	if _, err := tokensvc.Check(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

func push(w http.ResponseWriter, r *http.Request) {
	if _, err := tokensvc.Push(r.Context(), r.FormValue("user")); err != nil {
		fmt.Fprintf(w, "push failed: %v", err)
	}
}

func enroll(w http.ResponseWriter, r *http.Request) {
	if _, err := tokensvc.Enroll(r.Context(), r.FormValue("user"), r.FormValue("serial")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

func score(w http.ResponseWriter, r *http.Request) {
	if _, err := tokensvc.Score(r.Context(), r.FormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

func revoke(w http.ResponseWriter, r *http.Request) {
	if _, err := tokensvc.Revoke(r.Context(), r.FormValue("serial")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

func unlock(w http.ResponseWriter, r *http.Request) {
	if err := tokensvc.Unlock(r.Context(), r.FormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden) // want `raw SurePassID return code \(from tokensvc.Unlock\) written to the HTTP response`
	}
}

func reset(w http.ResponseWriter, r *http.Request) {
	if err := tokensvc.Reset(r.Context(), r.FormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden) // want `raw SurePassID return code \(from tokensvc.Reset\) written to the HTTP response`
	}
}

func resync(w http.ResponseWriter, r *http.Request) {
	if err := tokensvc.Resync(r.Context(), r.FormValue("serial")); err != nil {
		fmt.Fprintf(w, "resync failed: %v", err) // want `raw SurePassID errorMessage \(from tokensvc.Resync\) written to the HTTP response`
	}
}

func rename(w http.ResponseWriter, r *http.Request) {
	if err := tokensvc.Rename(r.Context(), r.FormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden) // want `raw SurePassID return code \(from tokensvc.Rename\) written to the HTTP response`
	}
}

// Routes wires the handlers.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/check", check)
	mux.HandleFunc("/push", push)
	mux.HandleFunc("/enroll", enroll)
	mux.HandleFunc("/score", score)
	mux.HandleFunc("/revoke", revoke)
	mux.HandleFunc("/unlock", unlock)
	mux.HandleFunc("/reset", reset)
	mux.HandleFunc("/resync", resync)
	mux.HandleFunc("/rename", rename)
}
