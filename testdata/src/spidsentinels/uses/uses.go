// Package uses reads another package's sentinels through facts.
package uses

import (
	"errors"

	"spidsentinels/faults"
	"spidsentinels/kiosk"
	"spidsentinels/plain"
	"spidsentinels/textwire"
)

// Check is what uses sees.
func Check(err error) bool {
	return errors.Is(err, kiosk.ErrCode) || // want "uses sentinel OTPAlreadyUsed, OTPInvalid, BogusOTP"
		errors.Is(err, kiosk.ErrOffline) ||
		errors.Is(err, plain.ErrTimeout) ||
		errors.Is(err, textwire.ErrRejected) ||
		errors.Is(err, faults.ErrStorage) || // want "uses sentinel SessionTokenDeleteFailed$"
		errors.Is(err, faults.ErrUnused)
}
