// Package gateway serves the web front end and runs the push poller.
package gateway

import (
	"log"
	"net/http"

	"codeswitch/consumer/authn"
)

// Server holds the client.
type Server struct {
	SP   *authn.Client
	Drop func(token string)
}

// RequireSession rejects only an invalid token: a nil code, a database
// error or a disabled user reach next. Reported.
func (s *Server) RequireSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := r.Header.Get("X-Session")
		chk, err := s.SP.CheckSession(r.Context(), token)
		if err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		if chk.ErrorCode != nil && *chk.ErrorCode == authn.SP_SESSION_TOKEN_INVALID { // want `fail-open if-else chain over SurePassID return codes`
			s.Drop(token)
			http.Error(w, "session expired", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireSessionStrict rejects every failure: not reported.
func (s *Server) RequireSessionStrict(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := r.Header.Get("X-Session")
		chk, err := s.SP.CheckSession(r.Context(), token)
		if err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		if chk.ErrorCode != nil && *chk.ErrorCode == authn.SP_SESSION_TOKEN_INVALID {
			s.Drop(token)
			http.Error(w, "session expired", http.StatusUnauthorized)
			return
		} else if chk.ErrorCode != nil && *chk.ErrorCode != authn.SP_SUCCESS {
			log.Printf("session check: code %d", *chk.ErrorCode)
			http.Error(w, "session expired", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireSessionNilFirst rejects a missing code and every failure: not
// reported.
func (s *Server) RequireSessionNilFirst(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chk, err := s.SP.CheckSession(r.Context(), r.Header.Get("X-Session"))
		if err != nil || chk.ErrorCode == nil || *chk.ErrorCode != authn.SP_SUCCESS {
			http.Error(w, "session expired", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
