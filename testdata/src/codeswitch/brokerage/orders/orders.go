// Package orders confirms orders with the generated SurePassID client,
// whose codes are optional pointers.
package orders

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/brokerage/spopt"
)

var (
	errUnavailable = errors.New("orders: the authentication service did not answer")
	errBadOTP      = errors.New("orders: wrong code")
	errLocked      = errors.New("orders: account locked")
)

type store interface {
	Confirm(ctx context.Context, id string) error
}

// Service confirms orders.
type Service struct {
	sp    spopt.ClientWithResponses
	store store
}

// Confirm guards the pointers, then switches on the code: every code but
// two confirms. Reported.
func (s *Service) Confirm(ctx context.Context, user, otp, id string) error {
	res, err := s.sp.ValidateOtpWithResponse(ctx, user, otp)
	if err != nil {
		return err
	}
	resp := res.JSON200
	if resp == nil || resp.ErrorCode == nil {
		return errUnavailable
	}
	switch *resp.ErrorCode { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case 9003, 9002:
		return errBadOTP
	case 9015:
		return errLocked
	}
	return s.store.Confirm(ctx, id)
}

// Amend guards with several checks joined by ||, and allows only Success.
// Not reported.
func (s *Service) Amend(ctx context.Context, user, otp, id string) error {
	res, err := s.sp.ValidateOtpWithResponse(ctx, user, otp)
	if err != nil || res == nil || res.JSON200 == nil || res.JSON200.ErrorCode == nil {
		return errUnavailable
	}
	switch *res.JSON200.ErrorCode {
	case 0:
		return s.store.Confirm(ctx, id)
	case 9003:
		return errBadOTP
	}
	return errUnavailable
}

// Cancel reads the code through the accessor with a default: the -1 it
// answers without a code is handled, every code but OTPInvalid confirms.
// Reported.
func (s *Service) Cancel(ctx context.Context, user, otp, id string) error {
	res, err := s.sp.ValidateOtpWithResponse(ctx, user, otp)
	if err != nil {
		return err
	}
	switch res.JSON200.CodeOrDefault(-1) { // want `fail-open switch over SurePassID return codes`
	case 9003:
		return errBadOTP
	case -1:
		return errUnavailable
	}
	return s.store.Confirm(ctx, id)
}

// Replace reads it through the getter; only Success confirms. Not
// reported.
func (s *Service) Replace(ctx context.Context, user, otp, id string) error {
	res, err := s.sp.ValidateOtpWithResponse(ctx, user, otp)
	if err != nil {
		return err
	}
	if res.JSON200.GetErrorCode() != 0 {
		return errBadOTP
	}
	return s.store.Confirm(ctx, id)
}

// Push answers the poll over HTTP: nil checks, then an if on the code.
// Reported.
func (s *Service) Push(w http.ResponseWriter, r *http.Request) {
	st, err := s.sp.PushStatusWithResponse(r.Context(), r.FormValue("tx"))
	if err != nil || st == nil || st.ErrorCode == nil {
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	if *st.ErrorCode == 9003 { // want `fail-open if-else chain over SurePassID return codes`
		http.Error(w, "denied", http.StatusForbidden)
		return
	}
	_ = s.store.Confirm(r.Context(), r.FormValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

// Status uses the nil guard only: not a dispatch. Not reported.
func (s *Service) Status(w http.ResponseWriter, r *http.Request) {
	st, err := s.sp.PushStatusWithResponse(r.Context(), r.FormValue("tx"))
	if err != nil || st.ErrorCode == nil {
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	if *st.ErrorCode != 0 {
		http.Error(w, "denied", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
