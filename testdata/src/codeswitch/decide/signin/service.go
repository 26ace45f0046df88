// Package signin verifies one-time passwords for the portal. Its code
// reads SurePassID answers through the client's predicates (res.OK(),
// spapi.IsSuccess) and rejects through the respond helpers, often without a
// return after them.
package signin

import (
	"context"
	"errors"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"

	"codeswitch/decide/respond"
	"codeswitch/decide/spapi"
)

var (
	ErrDenied     = errors.New("signin: denied")
	ErrRetryLater = errors.New("signin: could not deliver the code, retry later")
)

// Service verifies codes.
type Service struct {
	SP    spapi.Client
	Audit func(user string, code spapi.ReturnCode)
}

// Verify retries delivery failures and leaves every other failure to
// res.OK(): fail-closed, not reported.
func (s *Service) Verify(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch res.ErrorCode {
	case spapi.SMSSendError, spapi.EmailSendError:
		return ErrRetryLater
	}
	if !res.OK() {
		return ErrDenied
	}
	return nil
}

// VerifyFailed is Verify written with res.Failed(): not reported.
func (s *Service) VerifyFailed(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if res.ErrorCode == spapi.SMSSendError || res.ErrorCode == spapi.EmailSendError {
		return ErrRetryLater
	}
	if res.Failed() {
		return ErrDenied
	}
	return nil
}

// VerifyCode reads the code into a local and asks spapi.IsSuccess: not
// reported.
func (s *Service) VerifyCode(ctx context.Context, user, otp string) (bool, error) {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return false, err
	}
	code := res.ErrorCode
	switch code {
	case spapi.OTPInvalid, spapi.BogusOTP:
		log.Printf("signin: bad code for %s", user)
		return false, nil
	}
	if !spapi.IsSuccess(code) {
		return false, ErrDenied
	}
	return true, nil
}

// VerifyPartner leaves the failures to res.Verified(), which is true only
// for Success: not reported.
func (s *Service) VerifyPartner(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch res.ErrorCode {
	case spapi.MaximumFailedOTPRequestsExceeded:
		return ErrLocked
	}
	if !res.Verified() {
		return ErrDenied
	}
	return nil
}

// isOK is the package's own predicate.
func isOK(code spapi.ReturnCode) bool {
	return code == spapi.Success
}

// VerifyLocal asks the package's own predicate: not reported.
func (s *Service) VerifyLocal(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch res.ErrorCode {
	case spapi.MaximumFailedOTPRequestsExceeded:
		return errors.New("signin: locked out")
	default:
		if !isOK(res.ErrorCode) {
			return ErrDenied
		}
	}
	return nil
}

// VerifyLegacy trusts res.Accepted(), which accepts the legacy partner's
// answers whatever their code: reported.
func (s *Service) VerifyLegacy(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case spapi.OTPInvalid, spapi.OTPAlreadyUsed:
		return ErrDenied
	}
	if !res.Accepted() {
		return ErrDenied
	}
	return nil
}

// VerifyDelivery retries undeliverable codes and signs in everything else:
// a predicate on other codes than Success decides nothing here. Reported.
func (s *Service) VerifyDelivery(ctx context.Context, user, otp string) error {
	res, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case spapi.OTPInvalid, spapi.BogusOTP:
		return ErrDenied
	}
	if res.Undeliverable() {
		return ErrRetryLater
	}
	return nil
}

// Handler serves the sign-in form.
type Handler struct {
	SP spapi.Client
}

func (h *Handler) startSession(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: r.FormValue("user"), HttpOnly: true})
}

func (h *Handler) deny(w http.ResponseWriter, msg string) {
	w.WriteHeader(http.StatusUnauthorized)
	_, _ = w.Write([]byte(msg))
}

// ServeHTTP rejects through helpers without returning after them, and
// records every attempt after the switch: not reported.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		respond.Deny(w, "Sign-in is unavailable.")
		return
	}
	switch res.ErrorCode {
	case spapi.Success:
		h.startSession(w, r)
	case spapi.MaximumFailedOTPRequestsExceeded:
		respond.Deny(w, "Too many attempts.")
		return
	case spapi.OTPInvalid, spapi.BogusOTP:
		h.deny(w, "That code did not work.")
	default:
		respond.Deny(w, "Sign-in failed.")
	}
	respond.Note(r, "sign-in attempt")
	w.Header().Set("X-Attempt", "1")
}

// ServeNote only notes the unlisted codes, which then reach the success
// path: reported.
func (h *Handler) ServeNote(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		respond.Deny(w, "Sign-in is unavailable.")
		return
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case spapi.OTPInvalid, spapi.BogusOTP:
		respond.Deny(w, "That code did not work.")
		return
	case spapi.MaximumFailedOTPRequestsExceeded:
		respond.Note(r, "locked out")
	}
	h.startSession(w, r)
}

// ServeMaybe rejects the listed codes only in strict mode: a helper that
// does not reject on every path is no rejection. Reported.
func (h *Handler) ServeMaybe(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		respond.Deny(w, "Sign-in is unavailable.")
		return
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 82 security-relevant codes fall through unhandled`
	case spapi.OTPInvalid:
		respond.Deny(w, "That code did not work.")
		return
	case spapi.BogusOTP:
		respond.Maybe(w, r.FormValue("strict") == "1", "That code did not work.")
	}
	h.startSession(w, r)
}

// GinVerify aborts through respond.Abort and carries on to the next
// handler for Success: not reported. It does not reject on every path, so
// it is no rejecting helper.
func (h *Handler) GinVerify(c *gin.Context) {
	res, err := h.SP.ValidateOTP(c.Request.Context(), c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		respond.Abort(c, "")
		return
	}
	if res.ErrorCode == spapi.OTPInvalid {
		respond.Abort(c, "That code did not work.")
	} else if res.ErrorCode != spapi.Success {
		respond.Abort(c, "Sign-in failed.")
	}
	c.Set("user", c.PostForm("user"))
	c.Next()
}

// ServeSession rejects an expired session through respond.Expired, with
// no return after it, and renews the others like Success. Reported for
// the unlisted codes only.
func (h *Handler) ServeSession(w http.ResponseWriter, r *http.Request) {
	res, err := h.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		respond.Deny(w, "Sign-in is unavailable.")
		return
	}
	switch res.ErrorCode { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled \(PartnerLoginFailed`
	case spapi.OTPInvalid, spapi.BogusOTP:
		respond.Expired(w)
	}
	h.startSession(w, r)
}
