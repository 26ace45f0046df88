// Package web serves the sign-in pages; it talks to SurePassID through
// package surepass.
package web

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"log"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"rawexposure/httpx"
	"rawexposure/surepass"
)

type Server struct {
	SP   *surepass.Client
	Tmpl *template.Template
}

func (s *Server) VerifyOTP(w http.ResponseWriter, r *http.Request) {
	_, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		log.Printf("validate: %v", err)
		http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from surepass.ValidateOTP\) written to the HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) VerifyOTPFprintf(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		slog.Error("validate failed", "err", err, "code", resp.ErrorCode)
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, "sign-in failed: %v", err) // want `raw SurePassID errorMessage \(from surepass.ValidateOTP\) written to the HTTP response`
		return
	}
	if resp.Failed() {
		fmt.Fprintf(w, "sign-in failed: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
}

func (s *Server) VerifyJSON(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil && resp != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": resp.ErrorMessage}) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
		return
	}
	enc := json.NewEncoder(w)
	enc.Encode(map[string]any{"ok": true, "type": resp.Type})
}

type codeBody struct {
	Code int `json:"code"`
}

func (s *Server) VerifyCode(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil && resp != nil {
		enc := json.NewEncoder(w)
		enc.Encode(codeBody{Code: int(resp.ErrorCode)}) // want `raw SurePassID return code \(from resp.ErrorCode\) written to the HTTP response`
	}
}

func (s *Server) SendSMS(w http.ResponseWriter, r *http.Request) {
	if err := s.SP.SendOTP(r.Context(), r.FormValue("user")); err != nil {
		w.WriteHeader(http.StatusBadGateway)
		io.WriteString(w, "could not send: "+err.Error()) // want `raw SurePassID errorMessage \(from surepass.SendOTP\) written to the HTTP response`
	}
}

func (s *Server) SendSMSAs(w http.ResponseWriter, r *http.Request) {
	err := s.SP.SendOTP(r.Context(), r.FormValue("user"))
	var apiErr *surepass.APIError
	if err != nil && asAPIError(err, &apiErr) {
		w.Write([]byte(apiErr.Msg)) // want `raw SurePassID errorMessage \(from surepass.APIError.Msg\) written to the HTTP response`
	}
}

func asAPIError(err error, target **surepass.APIError) bool {
	e, ok := err.(*surepass.APIError)
	if ok {
		*target = e
	}
	return ok
}

func (s *Server) FindUser(w http.ResponseWriter, r *http.Request) {
	code, msg, err := s.SP.FindUser(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, http.StatusText(http.StatusBadGateway), http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/login?error="+url.QueryEscape(msg), http.StatusSeeOther) // want `raw SurePassID errorMessage \(from surepass.FindUser\) written to a redirect URL`
	w.Header().Set("X-SurePass-Code", fmt.Sprint(code))                            // want `raw SurePassID return code \(from surepass.FindUser\) written to a response header`
	http.SetCookie(w, &http.Cookie{Name: "flash", Value: strings.ToUpper(msg)})    // want `raw SurePassID errorMessage \(from surepass.FindUser\) written to a response cookie`
}

func (s *Server) Page(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil && resp != nil {
		data := struct{ Error string }{Error: surepass.Describe(resp)}
		s.Tmpl.Execute(w, data) // want `raw SurePassID errorMessage \(from surepass.Describe\) written to the HTTP response`
	}
}

// writeError is the helper every handler uses: its message parameter
// reaches the response, so its callers are checked.
func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func (s *Server) Helper(w http.ResponseWriter, r *http.Request) {
	_, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		writeError(w, http.StatusUnauthorized, surepass.Wrap("validate", err).Error()) // want `raw SurePassID errorMessage \(from surepass.ValidateOTP\) written to the HTTP response by web.writeError`
	}
}

// Logged only: not an exposure.
func (s *Server) LogOnly(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		log.Printf("surepass failed: %v (%s)", err, resp.ErrorMessage)
		slog.Warn("surepass", "code", resp.ErrorCode, "msg", resp.ErrorMessage)
		w.WriteHeader(int(resp.ErrorCode) - 8600)
		writeError(w, http.StatusUnauthorized, "sign-in failed")
	}
}

func (s *Server) SharedHelper(w http.ResponseWriter, r *http.Request) {
	_, msg, err := s.SP.FindUser(r.Context(), r.FormValue("user"))
	if err != nil {
		httpx.Fail(w, err)
		return
	}
	httpx.WriteError(w, http.StatusNotFound, "no such user: "+msg) // want `raw SurePassID errorMessage \(from surepass.FindUser\) written to the HTTP response by httpx.WriteError`
	httpx.WriteError(w, http.StatusNotFound, "no such user")
}
