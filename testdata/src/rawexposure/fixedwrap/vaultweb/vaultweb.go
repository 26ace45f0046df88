// Package vaultweb is the clerk's web front of the vault: the refusals
// whose text is the team's own are shown as they are.
package vaultweb

import (
	"encoding/json"
	"errors"
	"net/http"

	"rawexposure/fixedwrap/vault"
)

type Server struct {
	vault *vault.Vault
}

type apiError struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

// open shows the team's reasons, whatever else Open may return.
func (s *Server) open(w http.ResponseWriter, r *http.Request) {
	err := s.vault.Open(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	switch {
	case err == nil:
		w.WriteHeader(http.StatusNoContent)
	case errors.Is(err, vault.ErrDenied), errors.Is(err, vault.ErrBlocked):
		w.WriteHeader(http.StatusForbidden)
		json.NewEncoder(w).Encode(apiError{Error: err.Error(), Code: "DENIED"})
	case errors.Is(err, vault.ErrHold):
		http.Error(w, err.Error(), http.StatusConflict)
	default:
		http.Error(w, "vault unavailable", http.StatusBadGateway)
	}
}

// openChain: the same with an if chain and the message kept in a local.
func (s *Server) openChain(w http.ResponseWriter, r *http.Request) {
	err := s.vault.Open(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	msg := "vault unavailable"
	if errors.Is(err, vault.ErrDenied) {
		msg = err.Error()
	}
	http.Error(w, msg, http.StatusForbidden)
}

// refused: ErrRefused is wrapped with the vendor's message.
func (s *Server) refused(w http.ResponseWriter, r *http.Request) {
	err := s.vault.Open(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if errors.Is(err, vault.ErrRefused) {
		http.Error(w, err.Error(), http.StatusForbidden) // want `raw SurePassID errorMessage \(from vault.Open\)`
	}
}

// others: a code, a table the vendor's text is stored into, a value
// passed through: not the team's fixed text.
func (s *Server) others(w http.ResponseWriter, r *http.Request) {
	err := s.vault.Open(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	switch {
	case errors.Is(err, vault.ErrCoded):
		http.Error(w, err.Error(), http.StatusForbidden) // want `raw SurePassID errorMessage \(from vault.Open\)`
	case errors.Is(err, vault.ErrNoted):
		json.NewEncoder(w).Encode(apiError{Error: err.Error(), Code: "NOTED"}) // want `raw SurePassID errorMessage \(from vault.Open\)`
	case errors.Is(err, vault.ErrEchoed):
		http.Error(w, err.Error(), http.StatusBadRequest) // want `raw SurePassID errorMessage \(from vault.Open\)`
	}
}
