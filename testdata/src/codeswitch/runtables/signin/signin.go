// Package signin decides sign-ins for the VPN portal. Its engine is
// configured with functional options: a caller may add rows to the
// security team's table, which the engine starts from.
package signin

import (
	"maps"

	"codeswitch/runtables/sp"
)

// Decision is the portal's answer.
type Decision uint8

const (
	Granted Decision = iota
	Refused
	MoreFactors
)

var teamRows = map[sp.Code]Decision{
	sp.PartnerUserLoginDisabled: Refused,
	sp.MaxFailedOtpRequests:     Refused,
	sp.OtpInvalid:               MoreFactors,
	sp.OtpAlreadyUsed:           MoreFactors,
}

// Engine maps answers to decisions.
type Engine struct {
	rows map[sp.Code]Decision
}

// Option configures an Engine.
type Option func(*Engine)

// WithRow adds or replaces one row: the caller's, not the package's.
func WithRow(code sp.Code, d Decision) Option {
	return func(e *Engine) { e.rows[code] = d }
}

// New starts from the team's rows.
func New(opts ...Option) *Engine {
	e := &Engine{rows: maps.Clone(teamRows)}
	for _, o := range opts {
		o(e)
	}
	return e
}

// Decide grants every code neither the team nor a caller listed.
// Reported.
func (e *Engine) Decide(a *sp.Answer) Decision {
	return e.rows[a.ErrorCode] // want `fail-open table lookup over SurePassID return codes: e.rows\[a.ErrorCode\] gives Granted, the zero value`
}

// DecideListed refuses what no row lists. Not reported.
func (e *Engine) DecideListed(a *sp.Answer) Decision {
	if d, ok := e.rows[a.ErrorCode]; ok {
		return d
	}
	if a.ErrorCode == sp.Success {
		return Granted
	}
	return Refused
}
