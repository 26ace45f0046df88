// Package kiosk unlocks the branch kiosks: each flow routes the provider's
// answer through a table of reactions and a fallback of its own.
package kiosk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"codeswitch/fallbacks/spauth"
	"github.com/kioskware/routing"
)

var (
	errWrongPIN    = errors.New("kiosk: wrong code")
	errLocked      = errors.New("kiosk: account locked")
	errExpired     = errors.New("kiosk: account expired")
	errNotVerified = errors.New("kiosk: not verified")
)

// Pass is what an unlocked kiosk hands out.
type Pass struct {
	User  string
	Until time.Time
}

// Kiosk serves one branch.
type Kiosk struct {
	SP  spauth.Client
	Log *slog.Logger
}

// Unlock refuses two codes and hands a pass to every other one: reported
// at the call.
func (k *Kiosk) Unlock(ctx context.Context, user, pin string) (*Pass, error) {
	rep, err := k.SP.ValidateOTP(ctx, user, pin)
	if err != nil {
		return nil, err
	}
	return routing.Route(rep.ErrorCode, rep.ErrorMessage, routing.Reactions[*Pass]{ // want `fail-open table dispatch over SurePassID return codes: routing.Route runs the fallback passed to it, which accepts, for \d+ security-relevant codes its table of handlers does not list \(.*\)`
		spauth.OTPInvalid: func(string) (*Pass, error) { return nil, errWrongPIN },
		spauth.PartnerUserLoginDisabled: func(reason string) (*Pass, error) {
			k.Log.Warn("login disabled", "user", user, "reason", reason)
			return nil, errLocked
		},
	}, func() (*Pass, error) {
		return &Pass{User: user, Until: time.Now().Add(8 * time.Hour)}, nil
	})
}

func (k *Kiosk) open() bool { return true }

// Door keeps its table in a local and opens for every code it leaves
// out: reported.
func (k *Kiosk) Door(rep *spauth.Reply) bool {
	checks := routing.Hooks{
		spauth.BogusOTP:       func() bool { return false },
		spauth.OTPAlreadyUsed: func() bool { return false },
	}
	return checks.Run(rep.ErrorCode, k.open) // want `fail-open table dispatch over SurePassID return codes: checks.Run runs the fallback`
}

var steps = map[spauth.Code]func(string) error{
	spauth.MaximumFailedOTPRequestsExceeded: lockOut,
	spauth.AccountExpired:                   func(string) error { return errExpired },
}

func lockOut(user string) error { return fmt.Errorf("kiosk: %s locked out", user) }

func admit(string) error { return nil }

// Admit passes a package table and a function that admits: reported.
func Admit(rep *spauth.Reply, user string) error {
	return routing.Apply(steps, rep.ErrorCode, user, admit) // want `fail-open table dispatch over SurePassID return codes: routing.Apply runs`
}

// StrictUnlock lists Success with the pass and refuses what the table
// does not know. Not reported.
func (k *Kiosk) StrictUnlock(rep *spauth.Reply, user string) (*Pass, error) {
	return routing.Route(rep.ErrorCode, rep.ErrorMessage, routing.Reactions[*Pass]{
		spauth.Success:    func(string) (*Pass, error) { return &Pass{User: user}, nil },
		spauth.OTPInvalid: func(string) (*Pass, error) { return nil, errWrongPIN },
	}, func() (*Pass, error) { return nil, errNotVerified })
}

// Retry hands back what the last attempt gave, which may be an error:
// the fallback is not known to accept. Not reported.
func (k *Kiosk) Retry(rep *spauth.Reply, last *Pass, lastErr error) (*Pass, error) {
	return routing.Route(rep.ErrorCode, rep.ErrorMessage, routing.Reactions[*Pass]{
		spauth.OTPInvalid: func(string) (*Pass, error) { return nil, errWrongPIN },
	}, func() (*Pass, error) { return last, lastErr })
}

// Audit only logs the codes it lists, and goes on for all: no handler
// rejects. Not reported.
func (k *Kiosk) Audit(rep *spauth.Reply) bool {
	return routing.Hooks{
		spauth.DatabaseError: func() bool {
			k.Log.Error("provider database error")
			return true
		},
	}.Run(rep.ErrorCode, k.open)
}

// Both runs the table's step and the fallback for every code, through a
// helper that is no dispatch. Not reported.
func Both(rep *spauth.Reply) error {
	return routing.Chain(map[spauth.Code]func() error{
		spauth.OTPInvalid: func() error { return errWrongPIN },
	}, rep.ErrorCode, func() error { return nil })
}
