// Package api serves SurePassID sign-in through the module's own handler
// types (package httpx) and a local one.
package api

import (
	"errors"
	"log"
	"net/http"

	"rawexposure/adapters/httpx"
	"rawexposure/frameworks/spclient"
)

type server struct {
	sp *spclient.Client
}

// login is converted to httpx.HandlerFunc, whose ServeHTTP writes the
// error's text.
func (s *server) login(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an in-house handler`
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// verify is registered with Router.Handle, whose parameter is a
// HandlerFunc.
func (s *server) verify(w http.ResponseWriter, r *http.Request) error {
	return s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")) // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an in-house handler`
}

// check is registered with Router.HandleFunc, which converts it.
func (s *server) check(w http.ResponseWriter, r *http.Request) error {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return errors.New("authentication service unavailable")
	}
	if resp.ErrorCode != 0 {
		return errors.New(resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from an in-house handler`
	}
	return nil
}

// quiet is served by httpx.SafeFunc, which logs the error: not reported.
func (s *server) quiet(w http.ResponseWriter, r *http.Request) error {
	return s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp"))
}

// public is served by httpx.PublicFunc, which shows only *PublicError:
// not reported.
func (s *server) public(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		log.Printf("verify: %v", err)
		return &httpx.PublicError{Status: http.StatusUnauthorized, Message: "invalid code"}
	}
	return nil
}

// unlock is served by the local adapter apiFunc.
func (s *server) unlock(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), ""); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an in-house handler`
	}
	return nil
}

// stepUp is registered with Mux.Handle, which writes the error's text
// from a closure; the status is attached by a helper of httpx.
func (s *server) stepUp(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		return httpx.WithStatus(http.StatusBadGateway, err) // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an in-house handler`
	}
	return nil
}

// resend formats the message into a status error.
func (s *server) resend(w http.ResponseWriter, r *http.Request) error {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), "")
	if err != nil {
		return httpx.WithStatus(http.StatusServiceUnavailable, errors.New("try again later"))
	}
	if resp.ErrorCode != 0 {
		return httpx.Errorf(http.StatusUnauthorized, "resend: %s", resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from an in-house handler`
	}
	return nil
}

// audit is registered with Mux.HandleLogged, which logs the error: not
// reported.
func (s *server) audit(w http.ResponseWriter, r *http.Request) error {
	return httpx.WithStatus(http.StatusForbidden, s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")))
}

// denied writes a fixed text through httpx.WriteError: not reported.
func (s *server) denied(w http.ResponseWriter, r *http.Request) {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		log.Printf("verify: %v", err)
		httpx.WriteError(w, httpx.WithStatus(http.StatusUnauthorized, errors.New("invalid code")))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// relay writes the raw error through httpx.WriteError.
func (s *server) relay(w http.ResponseWriter, r *http.Request) {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		httpx.WriteError(w, httpx.WithStatus(http.StatusUnauthorized, err)) // want `raw SurePassID errorMessage \(from spclient.Verify\) written to the HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// helper is a plain function the package calls: not a handler.
func (s *server) helper(w http.ResponseWriter, r *http.Request) error {
	return s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp"))
}

// apiFunc is the package's own adapter: it writes the error's text with
// http.Error.
type apiFunc func(http.ResponseWriter, *http.Request) error

func (f apiFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:"param recv reaches the HTTP response via http.Error"
	if err := f(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}

// Routes registers every handler.
func Routes(sp *spclient.Client) http.Handler {
	s := &server{sp: sp}
	rt := httpx.NewRouter()
	mux := http.NewServeMux()
	mux.Handle("/login", httpx.HandlerFunc(s.login))
	rt.Handle("/verify", s.verify)
	rt.HandleFunc("/check", s.check)
	rt.HandleSafe("/quiet", s.quiet)
	mux.Handle("/quiet2", httpx.SafeFunc(s.quiet))
	mux.Handle("/public", httpx.PublicFunc(s.public))
	mux.Handle("/unlock", apiFunc(s.unlock))
	mux.Handle("/wrapped", httpx.Wrap(func(w http.ResponseWriter, r *http.Request) error {
		resp, err := sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
		if err != nil {
			return err
		}
		if resp.ErrorCode != 0 {
			return errors.New(resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from an in-house handler`
		}
		return nil
	}))
	mux.HandleFunc("/helper", func(w http.ResponseWriter, r *http.Request) {
		if err := s.helper(w, r); err != nil {
			log.Printf("helper: %v", err)
			http.Error(w, "request failed", http.StatusInternalServerError)
		}
	})
	m := httpx.NewMux()
	m.Handle("/step-up", s.stepUp)
	m.Handle("/resend", s.resend)
	m.HandleLogged("/audit", s.audit)
	mux.HandleFunc("/denied", s.denied)
	mux.HandleFunc("/relay", s.relay)
	mux.Handle("/m/", m)
	mux.Handle("/", rt)
	return mux
}
