// Package web holds SurePassID-aware handlers that answer through helpers
// of packages with no SurePassID evidence (httpx, the hop chain).
package web

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"rawexposure/engine/hop1"
	"rawexposure/engine/httpx"
	"rawexposure/engine/spclient"
)

type server struct{ sp *spclient.Client }

func (s *server) validate(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		httpx.Respond(w, http.StatusBadGateway, "sign-in is unavailable")
		return
	}
	if resp.ErrorCode != 0 {
		httpx.Respond(w, http.StatusConflict, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response by httpx.Respond`
	}
}

func (s *server) verify(w http.ResponseWriter, r *http.Request) {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		httpx.WriteErr(w, err) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the HTTP response by httpx.WriteErr`
	}
}

func (s *server) verifyLogged(w http.ResponseWriter, r *http.Request) {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		httpx.Logged(w, err) // Logged hides the text
		return
	}
	httpx.Status(w, http.StatusNoContent)
}

func (s *server) verifyGeneric(w http.ResponseWriter, r *http.Request) {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		httpx.WriteErr(w, errors.New("sign-in failed"))
	}
}

func (s *server) problem(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err == nil && resp.ErrorCode != 0 {
		httpx.Problem(w, "sign-in failed", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response by httpx.Problem`
	}
}

func (s *server) gin(c *gin.Context) {
	resp, err := s.sp.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err == nil && resp.ErrorCode != 0 {
		httpx.Fail(c, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to .* by httpx.Fail`
	}
}

// hops writes the message through five packages without SurePassID evidence.
func (s *server) hops(w http.ResponseWriter, r *http.Request) {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err == nil && resp.ErrorCode != 0 {
		hop1.Respond(w, resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response by hop1.Respond`
	}
}
