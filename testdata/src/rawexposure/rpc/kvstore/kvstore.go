// Package kvstore keeps the last verification per user. Its methods read
// into their second argument the way RPC methods do, but nothing
// serves them: the errors go back to the package's own callers.
package kvstore

import (
	"context"

	"github.com/pkg/errors"

	"rawexposure/rpc/spauth"
)

type Store struct {
	SP *spauth.Client
}

type Query struct{ User, OTP string }

type Record struct {
	OK     bool
	Reason string // want Reason:"raw errorMessage from kvstore.Record.Reason"
}

// Load returns an error carrying the message: its caller decides.
func (s *Store) Load(q *Query, out *Record) error { // want Load:"raw errorMessage"
	resp, err := s.SP.ValidateOTP(context.Background(), q.User, q.OTP)
	if err != nil {
		return err
	}
	if resp.ErrorCode != 0 {
		return errors.Errorf("load: %s", resp.ErrorMessage)
	}
	out.OK = true
	return nil
}

// Save is the store's other method.
func (s *Store) Save(q *Query, in *Record) error {
	resp, err := s.SP.ValidateOTP(context.Background(), q.User, q.OTP)
	if err == nil && resp.ErrorCode != 0 {
		in.Reason = resp.ErrorMessage // kept in the store, not sent
	}
	return nil
}
