// Package wallet unlocks vault items through the guard helpers, which
// are reported at their lookups: the calls here are not.
package wallet

import (
	"context"
	"errors"
	"net/http"

	"codeswitch/openhelpers/guard"
	"codeswitch/openhelpers/spvault"
)

var errWrongCode = errors.New("wallet: wrong code")

// Item is a vault entry.
type Item struct{ Secret string }

// unlockGuard refuses two codes; the others run the action (the guard
// is reported in its package).
var unlockGuard = guard.Guard[*Item]{Refusals: map[spvault.Code]error{
	spvault.OtpInvalid: errWrongCode,
	spvault.BogusOtp:   errWrongCode,
}}

// Vault unlocks items.
type Vault struct{ SP spvault.Client }

// Unlock runs the guard with the item's fetch.
func (v *Vault) Unlock(ctx context.Context, user, otp, id string) (*Item, error) {
	rep, err := v.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return nil, err
	}
	return unlockGuard.Do(ctx, rep.ErrorCode, func(context.Context) (*Item, error) {
		return &Item{Secret: id}, nil
	})
}

// Reveal passes a table of refusing rules and an accepting fallback to
// guard.Apply: the helper is reported at its lookup, not this call.
func (v *Vault) Reveal(ctx context.Context, user, otp, id string) (*Item, error) {
	rep, err := v.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return nil, err
	}
	return guard.Apply(rep.ErrorCode, rep.ErrorMessage, guard.Rules[*Item]{
		spvault.OtpInvalid: func(string) (*Item, error) { return nil, errWrongCode },
	}, func() (*Item, error) { return &Item{Secret: id}, nil })
}

// Serve answers a wrong code and lets the step go on otherwise.
func (v *Vault) Serve(w http.ResponseWriter, rep *spvault.Reply) error {
	step := &guard.Step{
		Answers: map[spvault.Code]func(http.ResponseWriter) error{
			spvault.OtpInvalid: func(w http.ResponseWriter) error {
				http.Error(w, "wrong code", http.StatusUnauthorized)
				return errWrongCode
			},
		},
		Next: func(w http.ResponseWriter) error { w.WriteHeader(http.StatusNoContent); return nil },
	}
	return step.Serve(w, rep.ErrorCode)
}
