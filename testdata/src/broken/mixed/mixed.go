// Package mixed has a file that type-checks beside one that does not (see
// other.go): the good file's code must still be analyzed the same way.
package mixed

import (
	"errors"

	"github.com/surepasslint/surepasslint/codes"
)

var errDenied = errors.New("denied")

// Allow switches over a code the usual way.
func Allow(env codes.Envelope) error {
	switch env.ErrorCode {
	case codes.OTPInvalid, codes.OTPAlreadyUsed:
		return errDenied
	}
	return nil
}
