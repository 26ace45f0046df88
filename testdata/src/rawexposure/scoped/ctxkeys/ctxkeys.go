// Package ctxkeys passes the OTP check's outcome from a net/http
// middleware to the handler in the request's context.
package ctxkeys

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"rawexposure/scoped/mfa"
)

type errKey struct{}

type ctxKey string

const userKey ctxKey = "user"

type requestIDKey struct{}

// RequireOTP checks the OTP and leaves the raw message in the context.
func RequireOTP(sp *mfa.Client, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if err := sp.Verify(ctx, r.FormValue("user"), r.FormValue("otp")); err != nil {
			ctx = context.WithValue(ctx, errKey{}, err.Error())
		}
		ctx = context.WithValue(ctx, userKey, r.FormValue("user"))
		ctx = context.WithValue(ctx, requestIDKey{}, r.Header.Get("X-Request-ID"))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Login writes the outcome.
func Login(w http.ResponseWriter, r *http.Request) {
	if msg, ok := r.Context().Value(errKey{}).(string); ok {
		http.Error(w, msg, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from mfa.Verify\) written to the HTTP response`
		return
	}
	user, _ := r.Context().Value(userKey).(string)
	fmt.Fprintf(w, "welcome %s (request %v)", user, r.Context().Value(requestIDKey{}))
}

// mfaError reads the outcome: a helper the handlers share.
func mfaError(ctx context.Context) string {
	s, _ := ctx.Value(errKey{}).(string)
	return s
}

// Status shows it through the helper.
func Status(w http.ResponseWriter, r *http.Request) {
	if msg := mfaError(r.Context()); msg != "" {
		fmt.Fprintln(w, msg) // want `raw SurePassID errorMessage \(from mfa.Verify\) written to the HTTP response`
	}
}

// Audit only logs it: quiet.
func Audit(w http.ResponseWriter, r *http.Request) {
	log.Printf("mfa: %v", r.Context().Value(errKey{}))
	w.WriteHeader(http.StatusNoContent)
}
