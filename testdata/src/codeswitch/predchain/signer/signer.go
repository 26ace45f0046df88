// Package signer releases a code-signing key after a SurePassID check
// whose answer it reads only through the wrapper's predicates.
package signer

import (
	"context"
	"errors"
	"log"

	"codeswitch/predchain/hsmcheck"
)

var (
	errLocked  = errors.New("signing locked for this user")
	errRetry   = errors.New("try again shortly")
	errBadCode = errors.New("wrong code")
	errDenied  = errors.New("signing refused")
)

type verifier interface {
	Verify(ctx context.Context, user, otp string) (hsmcheck.Answer, error)
}

// Signer releases keys.
type Signer struct {
	otp  verifier
	keys map[string][]byte
}

// Release refuses the families it knows and releases the key for every
// other answer: an unknown user, a disabled token. Reported.
func (s *Signer) Release(ctx context.Context, user, otp string) ([]byte, error) {
	ans, err := s.otp.Verify(ctx, user, otp)
	if err != nil {
		return nil, err
	}
	if ans.Locked() { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		log.Printf("signing locked for %s: %s", user, ans.Text())
		return nil, errLocked
	} else if ans.Throttled() {
		return nil, errRetry
	} else if ans.Mistyped() {
		return nil, errBadCode
	}
	return s.keys[user], nil
}

// ReleaseDrift is the same chain over the sets with a Has method.
// Reported.
func (s *Signer) ReleaseDrift(ctx context.Context, user, otp string) ([]byte, error) {
	ans, err := s.otp.Verify(ctx, user, otp)
	if err != nil {
		return nil, err
	}
	if ans.Drifted() { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return nil, errRetry
	} else if ans.Mistyped() {
		return nil, errBadCode
	}
	return s.keys[user], nil
}

// ReleaseChecked refuses every other failure after the chain: fail
// closed. Not reported.
func (s *Signer) ReleaseChecked(ctx context.Context, user, otp string) ([]byte, error) {
	ans, err := s.otp.Verify(ctx, user, otp)
	if err != nil {
		return nil, err
	}
	if ans.Locked() {
		return nil, errLocked
	} else if ans.Mistyped() {
		return nil, errBadCode
	}
	if !ans.OK() {
		return nil, errDenied
	}
	return s.keys[user], nil
}

// ReleaseLast ends the chain with a link on success. Not reported.
func (s *Signer) ReleaseLast(ctx context.Context, user, otp string) ([]byte, error) {
	ans, err := s.otp.Verify(ctx, user, otp)
	if err != nil {
		return nil, err
	}
	if ans.Throttled() {
		return nil, errRetry
	} else if ans.Drifted() {
		return nil, errBadCode
	} else if !ans.OK() {
		return nil, errDenied
	}
	return s.keys[user], nil
}

// Audit only logs the families: decides nothing. Not reported.
func (s *Signer) Audit(ctx context.Context, user, otp string) {
	ans, err := s.otp.Verify(ctx, user, otp)
	if err != nil {
		return
	}
	if ans.Locked() {
		log.Printf("locked %s", user)
	} else if ans.Mistyped() {
		log.Printf("typo %s", user)
	}
}
