package gateway

import (
	"net/http"

	"codeswitch/consumer/authn"
)

// SessionStore keeps the gateway's sessions.
type SessionStore interface {
	Revoke(id string)
	Touch(id string)
}

// Guard re-checks the session on every request: it revokes it for a few
// codes, with no return after the revocation, and serves every other code.
// Reported: the revocation rejects, the unlisted codes reach next.
func (s *Server) Guard(store SessionStore, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Session")
		code, _, err := s.SP.VerifyCode(r.Context(), id, "")
		if err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		switch code { // want `fail-open switch over SurePassID return codes`
		case authn.SP_SESSION_TOKEN_INVALID, authn.SP_OTP_INVALID, authn.SP_OTP_ALREADY_USED:
			store.Revoke(id)
		}
		store.Touch(id)
		next.ServeHTTP(w, r)
	})
}

// logout ends the session through a helper: a rejecting helper.
func (s *Server) logout(store SessionStore, w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", MaxAge: -1})
	store.Revoke(id)
}

// GuardStrict logs out every code but Success: not reported.
func (s *Server) GuardStrict(store SessionStore, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Session")
		code, _, err := s.SP.VerifyCode(r.Context(), id, "")
		if err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		switch code {
		case authn.SP_SUCCESS:
			store.Touch(id)
		case authn.SP_SESSION_TOKEN_INVALID, authn.SP_OTP_INVALID, authn.SP_OTP_ALREADY_USED:
			s.logout(store, w, id)
			return
		default:
			s.logout(store, w, id)
			return
		}
		next.ServeHTTP(w, r)
	})
}
