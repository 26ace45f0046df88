// Package enroll assigns tokens to users; it goes through package auth and
// wraps its errors a second time.
package enroll

import (
	"context"
	"fmt"

	"rawexposure/identity/auth"
)

// Service enrolls hardware tokens.
type Service struct {
	Auth *auth.Service
}

// Enroll checks the user's current OTP, then assigns the token.
func (s *Service) Enroll(ctx context.Context, user, otp, serial string) error { // want Enroll:`rawexposure\(result 0 raw errorMessage from spclient.do\)`
	sess, err := s.Auth.Login(ctx, user, otp)
	if err != nil {
		return fmt.Errorf("enroll: %w", err)
	}
	if err := s.Auth.SP.AssignToken(ctx, sess.User, serial); err != nil {
		return fmt.Errorf("enroll %s: %w", serial, err)
	}
	return nil
}
