// Package faults holds errors shared by several clients; it knows nothing
// of SurePassID, the clients map codes to its errors.
package faults

import "errors"

var (
	ErrStorage = errors.New("faults: storage")
	ErrUnused  = errors.New("faults: unused")
)
