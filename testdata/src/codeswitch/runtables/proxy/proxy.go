// Package proxy decides, for the reverse proxy in front of internal
// tools, what a SurePassID answer lets through. Its tables are built
// when a route is configured: the security team's defaults cloned and
// merged with a route's own rows.
package proxy

import (
	"errors"
	"maps"
	"net/http"

	"codeswitch/runtables/sp"
)

// Verdict is what the proxy does with a request.
type Verdict int

const (
	Permitted Verdict = iota
	Block
	Challenge
)

// defaults lists the answers the security team reviewed.
var defaults = map[sp.Code]Verdict{
	sp.MaxUserAttempts: Block,
	sp.AccountExpired:  Block,
	sp.OtpInvalid:      Challenge,
	sp.BogusOtp:        Challenge,
}

// Route is a configured upstream.
type Route struct {
	verdicts map[sp.Code]Verdict
	vetted   map[sp.Code]Verdict
}

// NewRoute clones the defaults and lays the route's own rows over them.
func NewRoute(extra map[sp.Code]Verdict) *Route {
	v := maps.Clone(defaults)
	maps.Copy(v, extra)
	return &Route{verdicts: v, vetted: maps.Clone(defaults)}
}

// Verdict gives every code the defaults leave out the zero Verdict, Permitted.
// Reported.
func (r *Route) Verdict(code sp.Code) Verdict {
	return r.verdicts[code] // want `fail-open table lookup over SurePassID return codes: r.verdicts\[code\] gives Permitted, the zero value, to \d+ security-relevant codes`
}

// VerdictChecked blocks the codes the table does not list. Not reported.
func (r *Route) VerdictChecked(code sp.Code) Verdict {
	v, ok := r.vetted[code]
	if !ok && code != sp.Success {
		return Block
	}
	return v
}

// Door is a badge reader's answer; its zero value keeps the door shut.
type Door int

const (
	Shut Door = iota
	Open
	Alarm
)

var doorDefaults = map[sp.Code]Door{
	sp.Success:         Open,
	sp.MaxUserAttempts: Alarm,
}

// Reader is a badge reader whose table is copied by a loop.
type Reader struct {
	doors map[sp.Code]Door
}

// NewReader copies the defaults by hand. The zero Door, Shut, refuses
// every other code: its lookup is not reported.
func NewReader() *Reader {
	doors := make(map[sp.Code]Door, len(doorDefaults))
	for k, d := range doorDefaults {
		doors[k] = d
	}
	return &Reader{doors: doors}
}

// Door is not reported: Shut is a refusal.
func (r *Reader) Door(a *sp.Answer) Door {
	return r.doors[a.Code()]
}

var errBlocked = errors.New("proxy: blocked")

// Limiter throttles sign-ins; Init clones the defaults into it.
type Limiter struct {
	rules    map[sp.Code]Verdict
	upstream map[int]Verdict
}

// upstreamRules are HTTP statuses of the upstream, not SurePassID codes.
var upstreamRules = map[int]Verdict{
	http.StatusBadGateway:         Block,
	http.StatusServiceUnavailable: Block,
	http.StatusGatewayTimeout:     Challenge,
}

// Init is the only writer of the limiter's tables.
func (l *Limiter) Init() {
	l.rules = maps.Clone(defaults)
	l.upstream = maps.Clone(upstreamRules)
}

// Admit blocks what the cloned defaults block and admits every other
// code. Reported.
func (l *Limiter) Admit(a *sp.Answer) error {
	switch l.rules[a.ErrorCode] { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case Block, Challenge:
		return errBlocked
	}
	return nil
}

// Upstream reads a table of HTTP statuses: no SurePassID code. Not
// reported.
func (l *Limiter) Upstream(resp *http.Response) error {
	if l.upstream[resp.StatusCode] == Block {
		return errBlocked
	}
	return nil
}
