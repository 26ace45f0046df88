// Package interceptor asks for a step-up session on gRPC calls.
package interceptor

import (
	"context"
	"errors"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"codeswitch/chains/mfa"
)

// Checker checks step-up sessions.
type Checker struct {
	MFA *mfa.Service
}

// Check picks the gRPC code of the refusal with errors.Is: every error
// is refused. Quiet.
func (k *Checker) Check(ctx context.Context, user, token string) error {
	if err := k.MFA.CheckSession(ctx, user, token); err != nil {
		code := codes.Unauthenticated
		if errors.Is(err, mfa.ErrUnavailable) {
			code = codes.Unavailable
		}
		return status.Error(code, "step-up required")
	}
	return nil
}

// CheckBranches refuses in both branches, the fall-through last. Quiet.
func (k *Checker) CheckBranches(ctx context.Context, user, token string) error {
	if err := k.MFA.CheckSession(ctx, user, token); err != nil {
		if errors.Is(err, mfa.ErrUnavailable) {
			return status.Error(codes.Unavailable, "try again later")
		}
		return status.Error(codes.Unauthenticated, "step-up required")
	}
	return nil
}

// CheckLoose lets an unavailable MFA service through. Reported.
func (k *Checker) CheckLoose(ctx context.Context, user, token string) error {
	if err := k.MFA.CheckSession(ctx, user, token); err != nil {
		if errors.Is(err, mfa.ErrInvalid) { // want `fail-open errors.Is chain over SurePassID return codes`
			return status.Error(codes.Unauthenticated, "step-up required")
		}
	}
	return nil
}
