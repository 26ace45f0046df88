// Package policy decides what a failed check means for the request. It
// makes no SurePassID call: it wraps whatever error it is given under its
// own sentinel, which errors.Is on ErrDenied cannot rule out.
package policy

import (
	"errors"
	"fmt"
)

// ErrDenied is wrapped beside the error that caused it.
var ErrDenied = errors.New("access denied") // want ErrDenied:`rawexposure\(wrapped sentinel\)`

// ErrStale is returned bare.
var ErrStale = errors.New("please sign in again")

// Deny explains a refusal for the audit log.
func Deny(cause error) error { // want Deny:"result 0 from params 0"
	if cause == nil {
		return ErrStale
	}
	return fmt.Errorf("%w: %v", ErrDenied, cause)
}
