// Package twofa is the fleet's Hertz 2FA service: it maps SurePassID codes
// to its own outcomes and answers by outcome.
package twofa

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"

	"codeswitch/fleet/spcode"
)

// Outcome is what the service makes of an answer.
type Outcome int

const (
	OutcomeOK Outcome = iota
	OutcomeBadCode
	OutcomeLocked
	OutcomeNoDevice
	OutcomeRetry
)

// outcomes maps the codes the service words to an outcome.
var outcomes = map[int]Outcome{
	9002: OutcomeBadCode,
	9003: OutcomeBadCode,
	9096: OutcomeLocked,
	9036: OutcomeNoDevice,
	9010: OutcomeRetry,
}

// Service verifies couriers' codes.
type Service struct {
	SP spcode.Client
}

func (s *Service) outcome(ctx context.Context, user, otp string) (Outcome, error) {
	st, err := s.SP.ValidateOTP(ctx, user, otp)
	if err != nil {
		return OutcomeRetry, err
	}
	return outcomes[int(st)], nil // want `fail-open table lookup over SurePassID return codes: outcomes\[int\(st\)\] gives OutcomeOK, the zero value`
}

// classify maps a code the long way: a code the table does not list is
// taken as OK. Reported.
func classify(st spcode.Status) Outcome {
	if o, ok := outcomes[int(st)]; ok { // want `fail-open`
		return o
	}
	return OutcomeOK
}

// Check dispatches on the helper's outcome and answers every outcome it
// does not list with success. Reported where the helper maps the codes.
func (s *Service) Check(ctx context.Context, c *app.RequestContext) {
	out, err := s.outcome(ctx, c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.JSON(503, utils.H{"error": "try again"})
		return
	}
	switch out {
	case OutcomeBadCode, OutcomeLocked:
		c.AbortWithStatusJSON(401, utils.H{"error": "not verified"})
		return
	case OutcomeRetry:
		c.AbortWithStatusJSON(503, utils.H{"error": "try again"})
		return
	}
	c.JSON(200, utils.H{"verified": true})
}

// Verify answers every outcome of the table and every other code with
// success: an unlisted code maps to OutcomeOK, the zero value. Reported at
// the lookup. (A switch letting a listed outcome through is reported at
// the switch: codeswitch/outnames.)
func (s *Service) Verify(ctx context.Context, c *app.RequestContext) {
	st, err := s.SP.ValidateOTP(ctx, c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.JSON(503, utils.H{"error": "try again"})
		return
	}
	out := outcomes[int(st)] // want `fail-open`
	switch out {
	case OutcomeBadCode:
		c.JSON(401, utils.H{"error": "wrong code"})
		return
	case OutcomeLocked:
		c.JSON(423, utils.H{"error": "locked"})
		return
	case OutcomeNoDevice, OutcomeRetry:
		c.JSON(503, utils.H{"error": "try again"})
		return
	}
	c.JSON(200, utils.H{"verified": true})
}

// VerifyClosed maps an unknown code to a refusal first. Not reported.
func (s *Service) VerifyClosed(ctx context.Context, c *app.RequestContext) {
	st, err := s.SP.ValidateOTP(ctx, c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.JSON(503, utils.H{"error": "try again"})
		return
	}
	if st != spcode.StatusOK {
		out, ok := outcomes[int(st)]
		if !ok || out != OutcomeRetry {
			c.JSON(401, utils.H{"error": "not verified"})
			return
		}
		c.JSON(503, utils.H{"error": "try again"})
		return
	}
	c.JSON(200, utils.H{"verified": true})
}

// Verdict is a stricter service's outcome: its zero value refuses.
type Verdict int

const (
	VerdictUnknown Verdict = iota
	VerdictOK
	VerdictBadCode
	VerdictLocked
)

var verdicts = map[int]Verdict{
	0:    VerdictOK,
	9002: VerdictBadCode,
	9003: VerdictBadCode,
	9096: VerdictLocked,
}

// Strict answers only VerdictOK with success; an unlisted code maps to
// VerdictUnknown, which the default refuses. Not reported.
func (s *Service) Strict(ctx context.Context, c *app.RequestContext) {
	st, err := s.SP.ValidateOTP(ctx, c.PostForm("user"), c.PostForm("otp"))
	if err != nil {
		c.JSON(503, utils.H{"error": "try again"})
		return
	}
	switch verdicts[int(st)] {
	case VerdictOK:
		c.JSON(200, utils.H{"verified": true})
	case VerdictLocked:
		c.JSON(423, utils.H{"error": "locked"})
	default:
		c.JSON(401, utils.H{"error": "not verified"})
	}
}
