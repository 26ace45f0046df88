// Package proxy decides, for the reverse proxy in front of internal
// tools, what a SurePassID answer lets through. Its tables are built
// when a route is configured: the security team's defaults cloned and
// merged with a route's own rows.
package proxy

import (
	"maps"

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
