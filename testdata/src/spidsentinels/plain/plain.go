// Package plain talks to SurePassID (its endpoint is
// "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx") but
// its errors are its own: none stands for a return code.
package plain

import "errors"

const endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

var (
	ErrTimeout = errors.New("plain: timeout")
	ErrClosed  = errors.New("plain: closed")
)

var byPort = map[int]error{9003: ErrTimeout, 9030: ErrClosed} // ports, not codes

// Dial dials port.
func Dial(port int) error {
	switch port {
	case 9001:
		return ErrClosed
	}
	return byPort[port]
}
