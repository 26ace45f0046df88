// Package textwire is an SMS vendor's client: its codes share SurePassID's
// range, not its names, and its package has no SurePassID signal.
package textwire

import "errors"

type Code int

const (
	Rejected  Code = 9003
	Throttled Code = 9030
)

var ErrRejected = errors.New("textwire: rejected")

var table = map[Code]error{Rejected: ErrRejected, Throttled: ErrRejected}

// Lookup returns the vendor's error for c.
func Lookup(c Code) error { return table[c] }
