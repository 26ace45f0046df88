// Package ports picks a listener by the port a peer asked for; its numbers
// happen to sit in the 9000 range, named for what listens there: nothing
// to report.
package ports

import "errors"

const (
	portAdmin   = 9001
	portReplica = 9002
	portMetrics = 9003
	portDebug   = 9015
)

var errClosed = errors.New("port closed")

// Open refuses the internal ports.
func Open(port int) error {
	switch port {
	case portAdmin, portDebug:
		return errClosed
	case portReplica:
		return errClosed
	}
	return nil
}

// Another vendor's codes, named its own way and for its own meanings.
const (
	gwDeclined     = 9001
	gwCardExpired  = 9003
	gwFraudLocked  = 9015
	gwLimitReached = 9043
)

// Charge refuses a declined card.
func Charge(code int) error {
	switch code {
	case gwDeclined, gwCardExpired, gwFraudLocked:
		return errClosed
	}
	return nil
}
