// Package app serves SurePassID sign-in through adapters that show only // want package:`apierr.Error.Err raw errorMessage`
// the errors marked public (package web).
package app

import (
	"fmt"
	"net/http"

	"github.com/cockroachdb/errors"

	"rawexposure/frameworks/spclient"
	"rawexposure/narrowing/apierr"
	"rawexposure/narrowing/web"
)

var errInvalid = errors.New("the code is not valid")

type server struct {
	sp *spclient.Client
}

func (s *server) routes(mux *http.ServeMux) {
	mux.Handle("/login", web.Handler(s.login))
	mux.Handle("/otp", web.Handler(s.otp))
	mux.Handle("/wrapped", web.Handler(s.wrapped))
	mux.Handle("/formatted", web.Handler(s.formatted))
	mux.Handle("/detail", web.Handler(s.detail))
	mux.Handle("/fixed", web.Handler(s.fixed))
	mux.Handle("/step-up", web.Wrap(s.stepUp))
	mux.Handle("/hinted", web.Wrap(s.hinted))
	mux.Handle("/legacy", web.Plain(s.legacy))
	mux.Handle("/enroll", web.Render(s.enroll))
	mux.Handle("/resync", web.Render(s.resync))
	mux.Handle("/unlock", web.Assert(s.unlock))
	mux.Handle("/devices", web.Assert(s.devices))
}

// login marks the client's error public: its text is shown.
func (s *server) login(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		return apierr.Public(http.StatusBadGateway, err) // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an in-house handler`
	}
	return nil
}

// otp attaches the server's message as a hint, which Handler sends.
func (s *server) otp(w http.ResponseWriter, r *http.Request) error {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return errors.Wrap(err, "validate otp")
	}
	if resp.ErrorCode != 0 {
		return errors.WithHint(apierr.Public(http.StatusUnauthorized, errInvalid), resp.ErrorMessage) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from an in-house handler`
	}
	return nil
}

// wrapped returns the client's error wrapped: not public, not shown.
func (s *server) wrapped(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		return errors.Wrap(err, "verify")
	}
	return nil
}

// formatted formats the server's message into a plain error: not shown.
func (s *server) formatted(w http.ResponseWriter, r *http.Request) error {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return fmt.Errorf("surepass %d: %s", resp.ErrorCode, resp.ErrorMessage)
	}
	return nil
}

// detail keeps the server's message as a detail, which Handler only logs.
func (s *server) detail(w http.ResponseWriter, r *http.Request) error {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return apierr.Public(http.StatusUnauthorized, errors.WithDetail(errInvalid, resp.ErrorMessage))
	}
	return nil
}

// fixed shows a fixed text.
func (s *server) fixed(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		return apierr.Public(http.StatusUnauthorized, errInvalid)
	}
	return nil
}

// stepUp wraps a public error built from the server's message.
func (s *server) stepUp(w http.ResponseWriter, r *http.Request) error {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return fmt.Errorf("step-up: %w", &apierr.Error{Status: http.StatusForbidden, Err: errors.New(resp.ErrorMessage)}) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) returned from an in-house handler`
	}
	return nil
}

// hinted attaches a hint, which Wrap does not send.
func (s *server) hinted(w http.ResponseWriter, r *http.Request) error {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return errors.WithHint(errInvalid, resp.ErrorMessage)
	}
	return nil
}

// legacy is served by Plain, which writes every error's text.
func (s *server) legacy(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("otp")); err != nil {
		return err // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an in-house handler`
	}
	return nil
}

// enroll is served by Render: a public error is shown.
func (s *server) enroll(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), r.FormValue("serial")); err != nil {
		return &apierr.Error{Status: http.StatusConflict, Err: err} // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an in-house handler`
	}
	return nil
}

// resync is served by Render: a plain error is not shown.
func (s *server) resync(w http.ResponseWriter, r *http.Request) error {
	resp, err := s.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return errors.Newf("resync failed: %s", resp.ErrorMessage)
	}
	return nil
}

// unlock is served by Assert: a public error is shown.
func (s *server) unlock(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), ""); err != nil {
		return apierr.Public(http.StatusLocked, err) // want `raw SurePassID errorMessage \(from spclient.Verify\) returned from an in-house handler`
	}
	return nil
}

// devices is served by Assert: a wrapped client error is not shown.
func (s *server) devices(w http.ResponseWriter, r *http.Request) error {
	if err := s.sp.Verify(r.Context(), r.FormValue("user"), ""); err != nil {
		return errors.Wrapf(err, "list devices of %s", r.FormValue("user"))
	}
	return nil
}
