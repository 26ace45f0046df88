// Package mfamw is a net/http middleware leaving the OTP check's outcome // want package:`scoped rawexposure/scoped/mfamw.ErrKey{} raw errorMessage from mfa.Verify`
// in the request's context under ErrKey, for the handlers of other
// packages.
package mfamw

import (
	"context"
	"net/http"

	"rawexposure/scoped/mfa"
)

// ErrKey is the context key of the check's error text.
type ErrKey struct{}

// UserKey is the context key of the signed-in user.
type UserKey struct{}

// Require checks the OTP.
func Require(sp *mfa.Client, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if err := sp.Verify(ctx, r.FormValue("user"), r.FormValue("otp")); err != nil {
			ctx = context.WithValue(ctx, ErrKey{}, err.Error())
		}
		ctx = context.WithValue(ctx, UserKey{}, r.FormValue("user"))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
