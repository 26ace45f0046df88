// Package uses reads another package's sentinels through facts.
package uses

import (
	"errors"

	"spidsentinels/kiosk"
	"spidsentinels/plain"
	"spidsentinels/textwire"
)

// Check is what uses sees.
func Check(err error) bool {
	return errors.Is(err, kiosk.ErrCode) || // want "uses sentinel OTPAlreadyUsed, OTPInvalid, BogusOTP"
		errors.Is(err, kiosk.ErrOffline) ||
		errors.Is(err, plain.ErrTimeout) ||
		errors.Is(err, textwire.ErrRejected)
}
