// Package leases hands out build-runner leases to engineers and re-checks
// their SurePassID session while a lease lives.
package leases

import (
	"context"
	"fmt"
	"log/slog"

	"codeswitch/zerotable/leases/spstatus"
)

// Step is what the lease keeper does with a re-check.
type Step int

const (
	StepContinue Step = iota
	StepReprompt
	StepCancel
)

// Checker asks SurePassID about a session token.
type Checker interface {
	SessionValid(ctx context.Context, user, token string) error
}

// Keeper re-checks live leases.
type Keeper struct {
	sp  Checker
	log *slog.Logger
}

var recheckSteps = map[int32]Step{
	spstatus.SESSION_TOKEN_INVALID:       StepReprompt,
	spstatus.ACCOUNT_EXPIRED:             StepCancel,
	spstatus.PARTNER_USER_LOGIN_DISABLED: StepCancel,
}

// Recheck keeps the step in a local that it logs before returning it: a
// lease whose holder fails with a code the table leaves out (9010, 9003,
// ...) continues. Reported at the lookup.
func (k *Keeper) Recheck(ctx context.Context, user, token string) (Step, error) {
	err := k.sp.SessionValid(ctx, user, token)
	if err == nil {
		return StepContinue, nil
	}
	f, ok := spstatus.As(err)
	if !ok {
		return StepContinue, fmt.Errorf("recheck %s: %w", user, err)
	}
	step := recheckSteps[f.Code] // want `fail-open table lookup over SurePassID return codes: recheckSteps\[f.Code\] gives StepContinue, the zero value, to \d+ security-relevant codes`
	k.log.Info("lease rechecked", "user", user, "code", f.Code, "step", int(step))
	slog.Debug("lease step", "step", fmt.Sprint(step))
	return step, nil
}

// StrictRecheck tests the lookup's ok and cancels the lease for a code the
// table does not list. Not reported.
func (k *Keeper) StrictRecheck(ctx context.Context, user, token string) (Step, error) {
	err := k.sp.SessionValid(ctx, user, token)
	if err == nil {
		return StepContinue, nil
	}
	f, ok := spstatus.As(err)
	if !ok {
		return StepCancel, err
	}
	step, listed := recheckSteps[f.Code]
	if !listed {
		step = StepCancel
	}
	k.log.Info("lease rechecked", "user", user, "step", int(step))
	return step, nil
}

// Hold is what the queue does with a waiting job; the zero value holds it.
type Hold int

const (
	HoldCancel Hold = iota
	HoldRetry
	HoldProceed
)

var queueHolds = map[int32]Hold{
	spstatus.DATABASE_ERROR: HoldRetry,
	spstatus.OTP_INVALID:    HoldRetry,
}

// QueueHold leaves unlisted codes at HoldCancel, which refuses. Not
// reported, though the value is logged.
func (k *Keeper) QueueHold(f *spstatus.Failure) Hold {
	h := queueHolds[f.Code]
	k.log.Warn("job held", "hold", int(h))
	return h
}

// Gate is the answer of the door controller; its zero value is unknown
// and Success opens it.
type Gate int

const (
	GateUnknown Gate = iota
	GateProceed
	GateShut
)

var doorGates = map[int32]Gate{
	spstatus.SUCCESS:               GateProceed,
	spstatus.SESSION_TOKEN_INVALID: GateShut,
	spstatus.ACCOUNT_EXPIRED:       GateShut,
}

// Door opens only for the value the table gives Success: the codes it
// leaves out get GateUnknown and stay shut. Not reported.
func (k *Keeper) Door(code int32) Gate {
	g := doorGates[code]
	k.log.Info("door", "gate", int(g))
	if g != GateProceed {
		return GateShut
	}
	return g
}

// Describe passes the step to a function that may act on it: not a log
// line, so the lookup is left to the rules on its use.
func (k *Keeper) Describe(code int32) string {
	step := recheckSteps[code]
	return label(step)
}

func label(s Step) string {
	switch s {
	case StepCancel:
		return "cancelled"
	case StepReprompt:
		return "re-prompt"
	}
	return "running"
}
