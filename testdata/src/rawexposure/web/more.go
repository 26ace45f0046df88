package web

import (
	"bufio"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"net/http"
	"text/template"

	"github.com/surepasslint/surepasslint/codes"
	"rawexposure/surepass"
)

var (
	page  = htmltemplate.Must(htmltemplate.New("otp").Parse(`<p>{{.}}</p>`))
	plain = template.Must(template.New("otp").Parse(`{{.}}`))
)

type xmlError struct {
	XMLName xml.Name `xml:"error"`
	Message string   `xml:"message"`
}

func (s *Server) MoreSinks(w http.ResponseWriter, r *http.Request) {
	_, msg, err := s.SP.FindUser(r.Context(), r.FormValue("user"))
	if err != nil {
		return
	}
	xml.NewEncoder(w).Encode(xmlError{Message: msg}) // want `raw SurePassID errorMessage \(from surepass.FindUser\) written to the HTTP response`
	plain.Execute(w, msg)                            // want `raw SurePassID errorMessage \(from surepass.FindUser\) written to the HTTP response`
	page.ExecuteTemplate(w, "otp", msg)              // want `raw SurePassID errorMessage \(from surepass.FindUser\) written to the HTTP response`
	h := w.Header()
	h.Add("X-Error", msg) // want `raw SurePassID errorMessage \(from surepass.FindUser\) written to a response header`
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "<p>%s</p>", msg) // want `raw SurePassID errorMessage \(from surepass.FindUser\) written to the HTTP response`
	bw.Flush()
}

// Rendered into a buffer first, then written: still the response.
func (s *Server) Buffered(w http.ResponseWriter, r *http.Request) {
	err := s.SP.SendOTP(r.Context(), r.FormValue("user"))
	if err == nil {
		return
	}
	var buf bytes.Buffer
	if page.Execute(&buf, err.Error()) != nil {
		return
	}
	w.Write(buf.Bytes()) // want `raw SurePassID errorMessage \(from surepass.SendOTP\) written to the HTTP response`
}

// Nothing here reaches the user.
func (s *Server) NotSinks(w http.ResponseWriter, r *http.Request) {
	resp, err := s.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err == nil {
		return
	}
	out, _ := http.NewRequest(http.MethodPost, "https://audit.example.com", nil)
	out.Header.Set("X-SurePass-Error", err.Error()) // an outgoing request to our own audit service
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "audit: %v", err)
	_ = buf.String()
	var fail surepass.APIError
	_ = fail
	if resp != nil {
		w.WriteHeader(statusFor(resp))
	}
	plain.Execute(&buf, resp.Type)
	fmt.Fprint(w, "sign-in failed")
}

func statusFor(resp *surepass.Response) int {
	if resp.Failed() {
		return http.StatusUnauthorized
	}
	return http.StatusOK
}

func (s *Server) ErrorsAs(w http.ResponseWriter, r *http.Request) {
	err := s.SP.SendOTP(r.Context(), r.FormValue("user"))
	if errors.Is(err, context.Canceled) {
		http.Error(w, "request canceled", http.StatusRequestTimeout)
		return
	}
	var ae *surepass.APIError
	if errors.As(err, &ae) {
		if ae.Code == codes.SMSSendError {
			http.Error(w, ae.Error(), http.StatusBadGateway) // allowed: the code is not security-relevant
			return
		}
		http.Error(w, ae.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from surepass.SendOTP\) written to the HTTP response`
	}
}
