// Package door opens the server-room door after a push approval.
package door

import (
	"errors"

	"codeswitch/loose/pushgate"
)

var errShut = errors.New("door stays shut")

// Open unlocks on every answer but the two it lists.
func Open(raw []byte) error {
	p, err := pushgate.Read(raw)
	if err != nil {
		return err
	}
	switch p.Result() { // want `fail-open switch over SurePassID return codes: 8\d security-relevant codes fall through unhandled`
	case pushgate.Denied:
		return errShut
	case pushgate.Expired:
		return errShut
	}
	return nil
}

// OpenStrict names success and rejects the rest: nothing to report.
func OpenStrict(raw []byte) error {
	p, err := pushgate.Read(raw)
	if err != nil {
		return err
	}
	switch p.Result() {
	case pushgate.Approved:
		return nil
	case pushgate.Jammed:
		return errors.New("try again")
	default:
		return errShut
	}
}

// unlocks maps a code received as a parameter: its default unlocks.
func unlocks(code int) bool {
	switch code { // want `fail-open switch over SurePassID return codes: 8\d security-relevant codes fall through unhandled`
	case pushgate.Denied, pushgate.Expired:
		return false
	case pushgate.Frozen:
		return false
	}
	return true
}

// Gate uses the mapping.
func Gate(raw []byte) error {
	p, err := pushgate.Read(raw)
	if err != nil {
		return err
	}
	if !unlocks(p.Result()) {
		return errShut
	}
	return nil
}
