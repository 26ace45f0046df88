package tokens

import (
	"context"

	"codeswitch/runtables/sp"
)

// DeviceState is what the console stores for a user's device.
type DeviceState string

const (
	DeviceLinked  DeviceState = "linked"
	DeviceClaimed DeviceState = "claimed"
	DeviceMissing DeviceState = "missing"
	DeviceError   DeviceState = "error"
)

// Link names two answers in a switch and links the device for every
// other. Reported.
func (s *Service) Link(ctx context.Context, user, serial string) (DeviceState, error) {
	a, err := s.SP.AssignToken(ctx, user, serial)
	if err != nil {
		return DeviceError, err
	}
	switch a.Code() { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case sp.DeviceInUse:
		return DeviceClaimed, nil
	case sp.DeviceNotFound:
		return DeviceMissing, nil
	}
	return DeviceLinked, nil
}

// LinkStrict links the device on Success only. Not reported.
func (s *Service) LinkStrict(ctx context.Context, user, serial string) (DeviceState, error) {
	a, err := s.SP.AssignToken(ctx, user, serial)
	if err != nil {
		return DeviceError, err
	}
	switch a.Code() {
	case sp.Success:
		return DeviceLinked, nil
	case sp.DeviceInUse:
		return DeviceClaimed, nil
	case sp.DeviceNotFound:
		return DeviceMissing, nil
	}
	return DeviceError, nil
}
