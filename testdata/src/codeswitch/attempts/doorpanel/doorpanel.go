// Package doorpanel opens a door for codes typed on a keypad, read from a
// channel by a long-running goroutine.
package doorpanel

import (
	"context"
	"log/slog"

	"codeswitch/attempts/tokenapi"
)

// Lock is the door's actuator.
type Lock interface {
	Open(ctx context.Context) error
	Beep(ctx context.Context, times int)
}

// Entry is one keypad entry.
type Entry struct {
	User, OTP string
}

// Panel serves one door.
type Panel struct {
	API  *tokenapi.Client
	Door Lock
	Log  *slog.Logger
}

// Serve opens the door for each accepted entry; a bad code beeps and
// waits for the next entry, anything else opens the door.
func (p *Panel) Serve(ctx context.Context, entries <-chan Entry) {
	for {
		var e Entry
		select {
		case <-ctx.Done():
			return
		case e = <-entries:
		}
		ans, err := p.API.CheckOTP(ctx, e.User, e.OTP)
		if err != nil {
			p.Door.Beep(ctx, 3)
			continue
		}
		switch tokenapi.Status(tokenapi.Val(ans.ErrorCode)) { // want `fail-open switch over SurePassID return codes`
		case tokenapi.StatusBadOTP, tokenapi.StatusLoginFailed:
			p.Door.Beep(ctx, 1)
			continue
		}
		if err := p.Door.Open(ctx); err != nil {
			p.Log.Error("door", "err", err)
		}
	}
}

// ServeChecked opens the door only for success.
func (p *Panel) ServeChecked(ctx context.Context, entries <-chan Entry) {
	for {
		var e Entry
		select {
		case <-ctx.Done():
			return
		case e = <-entries:
		}
		ans, err := p.API.CheckOTP(ctx, e.User, e.OTP)
		if err != nil {
			p.Door.Beep(ctx, 3)
			continue
		}
		switch tokenapi.Status(tokenapi.Val(ans.ErrorCode)) {
		case tokenapi.StatusBadOTP, tokenapi.StatusLoginFailed:
			p.Door.Beep(ctx, 1)
			continue
		case tokenapi.StatusOK:
		default:
			p.Door.Beep(ctx, 2)
			continue
		}
		if err := p.Door.Open(ctx); err != nil {
			p.Log.Error("door", "err", err)
		}
	}
}

// Watch only logs each answer: nothing is opened, nothing decided.
func (p *Panel) Watch(ctx context.Context, entries <-chan Entry) {
	for e := range entries {
		ans, err := p.API.CheckOTP(ctx, e.User, e.OTP)
		if err != nil {
			continue
		}
		if tokenapi.Status(tokenapi.Val(ans.ErrorCode)) == tokenapi.StatusLocked {
			p.Log.Warn("locked", "user", e.User)
			continue
		}
		p.Log.Info("answer", "user", e.User)
	}
}
