// Package faults holds errors shared by several clients; it knows nothing
// of SurePassID, the clients map codes to its errors.
package faults

import "errors"

var (
	ErrUnavailable = errors.New("faults: unavailable")
	ErrUnused      = errors.New("faults: unused")
)
