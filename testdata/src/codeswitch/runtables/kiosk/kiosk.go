// Package kiosk signs staff in at a lobby kiosk. Its gate is handed the
// table it uses by its constructor; the package builds one gate only.
package kiosk

import (
	"errors"

	"codeswitch/runtables/sp"
)

var errRefused = errors.New("kiosk: sign-in refused")

// refusals are the answers the kiosk turns away.
var refusals = map[sp.Code]error{
	sp.OtpInvalid:     errRefused,
	sp.OtpAlreadyUsed: errRefused,
	sp.PushDenied:     errors.New("kiosk: push denied"),
}

// gate holds a table its constructor is passed.
type gate struct {
	refuse map[sp.Code]error
	copied map[sp.Code]error
}

func newGate(rows map[sp.Code]error) *gate {
	own := map[sp.Code]error{}
	for code, err := range rows {
		own[code] = err
	}
	return &gate{refuse: rows, copied: own}
}

// Default is the kiosk's only gate.
var Default = newGate(refusals)

// Check returns nil for every code refusals leaves out. Reported.
func (g *gate) Check(a *sp.Answer) error {
	if err, ok := g.refuse[a.ErrorCode]; ok { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return err
	}
	return nil
}

// CheckCopy reads the loop's copy: the same table. Reported.
func (g *gate) CheckCopy(a *sp.Answer) error {
	err := g.copied[a.ErrorCode] // want `fail-open table lookup over SurePassID return codes`
	if err != nil {
		return err
	}
	return nil
}

// CheckStrict lets only Success through. Not reported.
func (g *gate) CheckStrict(a *sp.Answer) error {
	if err, ok := g.refuse[a.ErrorCode]; ok {
		return err
	}
	if a.ErrorCode != sp.Success {
		return errRefused
	}
	return nil
}
