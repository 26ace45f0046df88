// Package fieldops activates the hardware tokens handed to field
// technicians: the first code a token shows decides whether it is bound.
package fieldops

import (
	"context"
	"errors"
	"log"

	"codeswitch/handlertables/tokens"
)

var (
	errNotActivated = errors.New("token not activated")
	errUnknown      = errors.New("unexpected answer")
)

// Registry keeps each technician's tokens.
type Registry interface {
	Bind(ctx context.Context, tech, serial string) error
	Park(ctx context.Context, tech, serial, why string) error
	Revoke(ctx context.Context, serial string) error
}

// Activator binds tokens.
type Activator struct {
	api tokens.API
	reg Registry
}

type step func(ctx context.Context, a *Activator, tech, serial string) error

// firstCode answers each code the activation knows: Success binds the
// token, a drifted clock parks it until the technician resyncs.
var firstCode = map[tokens.Code]step{
	tokens.Success: func(ctx context.Context, a *Activator, tech, serial string) error {
		return a.reg.Bind(ctx, tech, serial)
	},
	tokens.TimeDriftInvalid: func(ctx context.Context, a *Activator, tech, serial string) error {
		return a.reg.Park(ctx, tech, serial, "clock drift")
	},
}

// Activate refuses every code the table leaves out; the drifted token has
// a handler of its own that parks it instead of binding it. Not reported.
func (a *Activator) Activate(ctx context.Context, tech, serial, otp string) error {
	ans, err := a.api.CheckFirstOTP(ctx, tech, serial, otp)
	if err != nil {
		return err
	}
	run, known := firstCode[ans.Code]
	if !known {
		log.Printf("activation of %s refused: %d", serial, ans.Code)
		return errNotActivated
	}
	return run(ctx, a, tech, serial)
}

// bind and park are the activator's reactions, as methods.
func (a *Activator) bind(ctx context.Context, tech, serial string) error {
	log.Printf("binding %s", serial)
	return a.reg.Bind(ctx, tech, serial)
}

func (a *Activator) park(ctx context.Context, tech, serial string) error {
	return a.reg.Park(ctx, tech, serial, "resync")
}

func (a *Activator) revoke(ctx context.Context, tech, serial string) error {
	return a.reg.Revoke(ctx, serial)
}

// reactions is built per activator from its method values.
func (a *Activator) reactions() map[tokens.Code]func(context.Context, string, string) error {
	return map[tokens.Code]func(context.Context, string, string) error{
		tokens.Success:                          a.bind,
		tokens.TimeDriftInvalid:                 a.park,
		tokens.MaximumFailedOTPRequestsExceeded: a.revoke,
	}
}

// Reactivate runs the listed reaction, in the if's init, and refuses the
// rest after it: each failure it lists does something else than binding.
// Not reported.
func (a *Activator) Reactivate(ctx context.Context, tech, serial, otp string) error {
	ans, err := a.api.CheckFirstOTP(ctx, tech, serial, otp)
	if err != nil {
		return err
	}
	if react, ok := a.reactions()[ans.Code]; ok {
		return react(ctx, tech, serial)
	}
	return errUnknown
}

// replayReactions gives the replayed code Success's own method value.
func (a *Activator) replayReactions() map[tokens.Code]func(context.Context, string, string) error {
	return map[tokens.Code]func(context.Context, string, string) error{
		tokens.Success:        a.bind,
		tokens.OTPAlreadyUsed: a.bind,
		tokens.OTPInvalid:     a.revoke,
	}
}

// Rebind binds a replayed token as it binds a good one. Reported.
func (a *Activator) Rebind(ctx context.Context, tech, serial, otp string) error {
	ans, err := a.api.CheckFirstOTP(ctx, tech, serial, otp)
	if err != nil {
		return err
	}
	react, ok := a.replayReactions()[ans.Code]
	if !ok { // want `fail-open if-else chain over SurePassID return codes: 1 security-relevant code falls through unhandled \(OTPAlreadyUsed\)`
		return errNotActivated
	}
	return react(ctx, tech, serial)
}

// lenient gives the drifted clock a handler of its own that still binds
// the token: the same grant, called after a log line.
var lenient = map[tokens.Code]step{
	tokens.Success: func(ctx context.Context, a *Activator, tech, serial string) error {
		return a.reg.Bind(ctx, tech, serial)
	},
	tokens.TimeDriftInvalid: func(ctx context.Context, a *Activator, tech, serial string) error {
		log.Printf("binding %s despite clock drift", serial)
		return a.reg.Bind(ctx, tech, serial)
	},
	tokens.OTPInvalid: func(ctx context.Context, a *Activator, tech, serial string) error {
		return errNotActivated
	},
}

// ActivateLenient binds a drifted token. Reported.
func (a *Activator) ActivateLenient(ctx context.Context, tech, serial, otp string) error {
	ans, err := a.api.CheckFirstOTP(ctx, tech, serial, otp)
	if err != nil {
		return err
	}
	run, known := lenient[ans.Code]
	if !known { // want `fail-open if-else chain over SurePassID return codes: 1 security-relevant code falls through unhandled \(TimeDriftInvalid\)`
		return errNotActivated
	}
	return run(ctx, a, tech, serial)
}

// viaHelper binds a drifted token through a helper of the package that
// calls Success's grant.
var viaHelper = map[tokens.Code]step{
	tokens.Success: func(ctx context.Context, a *Activator, tech, serial string) error {
		return a.reg.Bind(ctx, tech, serial)
	},
	tokens.TimeDriftInvalid: func(ctx context.Context, a *Activator, tech, serial string) error {
		return a.bind(ctx, tech, serial)
	},
	tokens.BogusOTP: func(ctx context.Context, a *Activator, tech, serial string) error {
		return errNotActivated
	},
}

// ActivateViaHelper: reported.
func (a *Activator) ActivateViaHelper(ctx context.Context, tech, serial, otp string) error {
	ans, err := a.api.CheckFirstOTP(ctx, tech, serial, otp)
	if err != nil {
		return err
	}
	run, known := viaHelper[ans.Code]
	if !known { // want `fail-open if-else chain over SurePassID return codes: 1 security-relevant code falls through unhandled \(TimeDriftInvalid\)`
		return errNotActivated
	}
	return run(ctx, a, tech, serial)
}

// quietDrift gives the drifted clock a handler that only logs: the
// activation answers nil, as for Success.
var quietDrift = map[tokens.Code]step{
	tokens.Success: func(ctx context.Context, a *Activator, tech, serial string) error {
		return a.reg.Bind(ctx, tech, serial)
	},
	tokens.TimeDriftInvalid: func(ctx context.Context, a *Activator, tech, serial string) error {
		log.Printf("clock drift on %s", serial)
		return nil
	},
	tokens.OTPInvalid: func(ctx context.Context, a *Activator, tech, serial string) error {
		return errNotActivated
	},
}

// ActivateQuiet: reported.
func (a *Activator) ActivateQuiet(ctx context.Context, tech, serial, otp string) error {
	ans, err := a.api.CheckFirstOTP(ctx, tech, serial, otp)
	if err != nil {
		return err
	}
	run, known := quietDrift[ans.Code]
	if !known { // want `fail-open if-else chain over SurePassID return codes: 1 security-relevant code falls through unhandled \(TimeDriftInvalid\)`
		return errNotActivated
	}
	return run(ctx, a, tech, serial)
}

// ActivateThenIssue runs the listed handler as a statement and goes on to
// issue the technician's badge: the drifted token is parked, then badged.
// Reported.
func (a *Activator) ActivateThenIssue(ctx context.Context, tech, serial, otp string) (string, error) {
	ans, err := a.api.CheckFirstOTP(ctx, tech, serial, otp)
	if err != nil {
		return "", err
	}
	run, known := firstCode[ans.Code]
	if !known { // want `fail-open if-else chain over SurePassID return codes: 1 security-relevant code falls through unhandled \(TimeDriftInvalid\)`
		return "", errNotActivated
	}
	if err := run(ctx, a, tech, serial); err != nil {
		return "", err
	}
	return "badge-" + tech, nil
}
