// Package refunds approves refunds behind a one-time password and tells
// the traveller when one is declined.
package refunds

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"codeswitch/mapped/spauth"
)

// Mailer sends a message to a traveller.
type Mailer interface {
	Email(ctx context.Context, to, subject, body string) error
	SMS(ctx context.Context, to, body string) error
}

// Store keeps refunds.
type Store interface {
	Approve(ctx context.Context, id string) error
	Record(ctx context.Context, user string, code spauth.Code)
	OpenTicket(ctx context.Context, user string)
}

// Service serves the refund routes.
type Service struct {
	SP    spauth.Client
	Mail  Mailer
	Store Store
}

var errDeclined = errors.New("refunds: declined")

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Approve refuses every code but Success, then tells the traveller why.
func (s *Service) Approve(w http.ResponseWriter, r *http.Request) {
	user, id := r.FormValue("user"), r.FormValue("id")
	ans, err := s.SP.ValidateOTP(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "unavailable"})
		return
	}
	if ans.ErrorCode != spauth.CodeOK {
		writeJSON(w, http.StatusForbidden, map[string]string{"error": "declined"})
		s.tellDeclined(r.Context(), user, ans)
		return
	}
	if err := s.Store.Approve(r.Context(), id); err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "server"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"state": "approved"})
}

// tellDeclined only runs after Approve has refused: a lockout gets an
// email, every other code a text. Not reported: nothing is granted here.
func (s *Service) tellDeclined(ctx context.Context, user string, ans *spauth.Answer) {
	if ans.ErrorCode == spauth.CodeTooManyFailures || ans.ErrorCode == spauth.CodeUserDisabled {
		if err := s.Mail.Email(ctx, user, "Account locked", "Your account was locked after several failed codes."); err != nil {
			log.Printf("lockout email: %v", err)
		}
		return
	}
	if err := s.Mail.SMS(ctx, user, "Your refund was not approved."); err != nil {
		log.Printf("decline sms: %v", err)
	}
}

// Cancel refuses with an error the router renders, recording the refusal
// in the background first.
func (s *Service) Cancel(ctx context.Context, user, otp string) error {
	ans, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return err
	}
	if ans.ErrorCode != spauth.CodeOK {
		go s.recordRefusal(context.WithoutCancel(ctx), user, ans.ErrorCode)
		return errDeclined
	}
	return nil
}

// recordRefusal files a lockout apart from the other refusals. Not
// reported: its only caller has refused already.
func (s *Service) recordRefusal(ctx context.Context, user string, code spauth.Code) {
	switch code {
	case spauth.CodeTooManyFailures, spauth.CodeBogusOTP:
		s.Store.Record(ctx, user, code)
		return
	}
	log.Printf("refund refused for %s: %d", user, code)
}

// Recover hands every code to finishRecovery, on its success path.
func (s *Service) Recover(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	ans, err := s.SP.ValidateOTP(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "unavailable"})
		return
	}
	s.finishRecovery(w, r.Context(), user, ans)
}

// finishRecovery refuses two codes and opens a recovery ticket for every
// other: reported, as its caller has refused nothing.
func (s *Service) finishRecovery(w http.ResponseWriter, ctx context.Context, user string, ans *spauth.Answer) {
	switch ans.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case spauth.CodeOTPInvalid, spauth.CodeOTPAlreadyUsed:
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "invalid code"})
		return
	}
	s.Store.OpenTicket(ctx, user)
	writeJSON(w, http.StatusAccepted, map[string]string{"state": "ticket_opened"})
}

// Reissue calls settle on its refusal path and on its success path.
func (s *Service) Reissue(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	ans, err := s.SP.ValidateOTP(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "unavailable"})
		s.settle(r.Context(), user, ans)
		return
	}
	s.settle(r.Context(), user, ans)
}

// settle is reached from Reissue's success path too: reported.
func (s *Service) settle(ctx context.Context, user string, ans *spauth.Answer) {
	if ans.ErrorCode == spauth.CodeOTPInvalid { // want `fail-open if-else chain over SurePassID return codes`
		s.Store.Record(ctx, user, ans.ErrorCode)
		return
	}
	s.Store.OpenTicket(ctx, user)
}
