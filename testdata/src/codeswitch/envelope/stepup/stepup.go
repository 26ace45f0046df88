package stepup

import (
	"context"
	"fmt"
	"log"

	"codeswitch/envelope/tokens"
)

// Gate asks for a token code before a change.
type Gate struct {
	Tokens tokens.Verifier
}

// AddPayee refuses the statuses its table lists and lets every other one
// add the payee (a disabled user, a drifted clock). Reported.
func (g *Gate) AddPayee(ctx context.Context, user, otp string) error {
	chk, err := g.Tokens.CheckToken(ctx, user, "", otp)
	if err != nil {
		return fmt.Errorf("step-up: %w", err)
	}
	if refusal, refused := payeeRefusals[chk.Status]; refused { // want `fail-open if-else chain over SurePassID return codes`
		return refusal
	}
	return nil
}

// RaiseLimit returns the new limit's confirmation, or the table's refusal;
// a status the table leaves out raises the limit. Reported.
func (g *Gate) RaiseLimit(ctx context.Context, user, otp string) (string, error) {
	chk, err := g.Tokens.CheckToken(ctx, user, "", otp)
	if err != nil {
		return "", err
	}
	if why, ok := limitRefusals[chk.Status]; ok { // want `fail-open if-else chain over SurePassID return codes`
		log.Printf("limit raise refused for %s: %v", user, why)
		return "", why
	}
	return "limit raised", nil
}

// AddPayeeStrict refuses every other failure after the table: not
// reported.
func (g *Gate) AddPayeeStrict(ctx context.Context, user, otp string) error {
	chk, err := g.Tokens.CheckToken(ctx, user, "", otp)
	if err != nil {
		return err
	}
	if refusal, refused := payeeRefusals[chk.Status]; refused {
		return refusal
	}
	if chk.Status != tokens.StatusSuccess {
		return ErrRefused
	}
	return nil
}

// Explain only logs the table's notice: nothing is refused, so nothing
// decides: not reported.
func (g *Gate) Explain(ctx context.Context, user, otp string) error {
	chk, err := g.Tokens.CheckToken(ctx, user, "", otp)
	if err != nil {
		return err
	}
	if n, ok := notices[chk.Status]; ok {
		log.Printf("notice for %s: %v", user, n)
	}
	return nil
}
