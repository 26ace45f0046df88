// Package pharmacy releases prescriptions from a dispensing kiosk after a
// SurePassID check: its tables of reactions are built by functions and
// methods, looked up where the answer arrives.
package pharmacy

import (
	"context"
	"errors"
	"net/http"
	"time"

	"codeswitch/verdicts/idp"
)

var (
	errWrongPIN = errors.New("pharmacy: the PIN is not correct")
	errReplay   = errors.New("pharmacy: this PIN was already used")
	errFrozen   = errors.New("pharmacy: the kiosk account is frozen")
	errRefused  = errors.New("pharmacy: not released")
)

type drawer interface {
	Open(ctx context.Context, rx string) error
	Lock(ctx context.Context, kiosk string) error
}

// Kiosk is one dispensing cabinet.
type Kiosk struct {
	id     string
	sp     idp.Client
	drawer drawer
}

func (k *Kiosk) badPIN(context.Context) error { return errWrongPIN }

func (k *Kiosk) replayed(ctx context.Context) error {
	_ = k.drawer.Lock(ctx, k.id)
	return errReplay
}

func (k *Kiosk) frozen(context.Context) error { return errFrozen }

func (k *Kiosk) proceed(context.Context) error { return nil }

// onAnswer lists what the kiosk does for the answers it has a screen
// for, as method values.
func (k *Kiosk) onAnswer() map[idp.Code]func(context.Context) error {
	return map[idp.Code]func(context.Context) error{ // the table's declaration
		idp.OTPInvalid:                       k.badPIN,
		idp.BogusOTP:                         k.badPIN,
		idp.OTPAlreadyUsed:                   k.replayed,
		idp.MaximumFailedOTPRequestsExceeded: k.frozen,
	}
}

// Release runs the reaction for a listed answer; any other answer (a
// disabled user, an expired account) opens the drawer. Reported at the
// lookup, with the table's literal as related information.
func (k *Kiosk) Release(ctx context.Context, user, pin, rx string) error {
	res, err := k.sp.ValidateOTP(ctx, user, pin)
	if err != nil {
		return err
	}
	if react, listed := k.onAnswer()[res.Code()]; listed { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return react(ctx)
	}
	return k.drawer.Open(ctx, rx)
}

// onRefill is consulted with its miss refused: only Success's entry
// proceeds. Not reported.
func (k *Kiosk) onRefill() map[idp.Code]func(context.Context) error {
	return map[idp.Code]func(context.Context) error{
		idp.Success:        k.proceed,
		idp.OTPInvalid:     k.badPIN,
		idp.OTPAlreadyUsed: k.replayed,
	}
}

func (k *Kiosk) Refill(ctx context.Context, user, pin, rx string) error {
	res, err := k.sp.ValidateOTP(ctx, user, pin)
	if err != nil {
		return err
	}
	react, listed := k.onRefill()[res.Code()]
	if !listed {
		return errRefused
	}
	if err := react(ctx); err != nil {
		return err
	}
	return k.drawer.Open(ctx, rx)
}

// refusals is a table of errors built by a plain function, kept in a
// local before the lookup. Reported.
func refusals() map[idp.Code]error {
	m := map[idp.Code]error{ // the table's declaration
		idp.OTPInvalid:     errWrongPIN,
		idp.OTPAlreadyUsed: errReplay,
	}
	return m
}

// checkPIN answers nil for a code the table leaves out: the caller
// releases on nil.
func (k *Kiosk) checkPIN(ctx context.Context, user, pin string) error {
	res, err := k.sp.ValidateOTP(ctx, user, pin)
	if err != nil {
		return err
	}
	table := refusals()
	if refusal, ok := table[res.Code()]; ok { // want `fail-open if-else chain over SurePassID return codes`
		return refusal
	}
	return nil
}

func (k *Kiosk) Return(ctx context.Context, user, pin, rx string) error {
	if err := k.checkPIN(ctx, user, pin); err != nil {
		return err
	}
	return k.drawer.Open(ctx, rx)
}

// screens answers a listed code with a closure over the response writer.
func screens(w http.ResponseWriter) map[idp.Code]func() {
	return map[idp.Code]func(){
		idp.OTPInvalid: func() { http.Error(w, "wrong PIN", http.StatusUnauthorized) },
		idp.MaximumFailedOTPRequestsExceeded: func() {
			http.Error(w, "kiosk frozen", http.StatusLocked)
		},
	}
}

// Collect writes the screen of a listed answer; any other answer releases
// the order. Reported.
func (k *Kiosk) Collect(w http.ResponseWriter, r *http.Request) {
	res, err := k.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("pin"))
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if show, ok := screens(w)[res.Code()]; ok { // want `fail-open if-else chain over SurePassID return codes`
		show()
		return
	}
	_ = k.drawer.Open(r.Context(), r.FormValue("rx"))
	w.WriteHeader(http.StatusOK)
}

// retryAfter maps answers to a pause before the next attempt: quantities,
// not decisions. Not reported.
func retryAfter() map[idp.Code]time.Duration {
	return map[idp.Code]time.Duration{
		idp.OTPInvalid:                       2 * time.Second,
		idp.MaximumFailedOTPRequestsExceeded: time.Minute,
	}
}

func (k *Kiosk) Pause(ctx context.Context, code idp.Code) {
	if d, ok := retryAfter()[code]; ok {
		time.Sleep(d)
	}
}

// dynamic builds its table at run time: not read as a table. Not reported.
func (k *Kiosk) dynamic() map[idp.Code]func(context.Context) error {
	m := map[idp.Code]func(context.Context) error{}
	for _, c := range []idp.Code{idp.OTPInvalid, idp.BogusOTP} {
		m[c] = k.badPIN
	}
	return m
}

func (k *Kiosk) Restock(ctx context.Context, user, pin, rx string) error {
	res, err := k.sp.ValidateOTP(ctx, user, pin)
	if err != nil {
		return err
	}
	if react, ok := k.dynamic()[res.Code()]; ok {
		return react(ctx)
	}
	return k.drawer.Open(ctx, rx)
}
