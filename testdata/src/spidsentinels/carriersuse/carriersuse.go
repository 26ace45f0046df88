// Package carriersuse tests the carriers' sentinels.
package carriersuse

import (
	"errors"

	"spidsentinels/carriers"
)

func Check(err error) string {
	switch {
	case errors.Is(err, carriers.ErrOTPReused): // want "uses sentinel OTPAlreadyUsed$"
		return "reused"
	case errors.Is(err, carriers.ErrOTPInvalid): // want "uses sentinel OTPInvalid$"
		return "invalid"
	case errors.Is(err, carriers.ErrUsed): // want "uses sentinel OTPAlreadyUsed$"
		return "used"
	case errors.Is(err, carriers.ErrNoConf):
		return "setup"
	}
	return ""
}
