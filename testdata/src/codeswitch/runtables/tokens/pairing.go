package tokens

import (
	"context"

	"codeswitch/runtables/sp"
)

// Pairing is the state of a phone paired as a push authenticator. Its
// success state has no word of success in its name: what the package
// returns once it saw Success tells.
type Pairing string

const (
	PairingStored   Pairing = "stored"
	PairingBusy     Pairing = "busy"
	PairingDeclined Pairing = "declined"
	PairingUnknown  Pairing = "unknown"
)

var pairingRows = map[sp.Code]Pairing{
	sp.DeviceInUse: PairingBusy,
	sp.PushDenied:  PairingDeclined,
	sp.OtpInvalid:  PairingDeclined,
}

// Confirm stores the pairing for Success only. Not reported.
func (s *Service) Confirm(ctx context.Context, user, serial string) Pairing {
	a, err := s.SP.AssignToken(ctx, user, serial)
	if err != nil {
		return PairingDeclined
	}
	if a.ErrorCode == sp.Success {
		return PairingStored
	}
	if p, ok := pairingRows[a.ErrorCode]; ok {
		return p
	}
	return PairingDeclined
}

// Pair stores the pairing for every code the rows leave out: the state
// Confirm keeps for Success. Reported.
func (s *Service) Pair(ctx context.Context, user, serial string) Pairing {
	a, err := s.SP.AssignToken(ctx, user, serial)
	if err != nil {
		return PairingDeclined
	}
	if p, ok := pairingRows[a.ErrorCode]; ok { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return p
	}
	return PairingStored
}

// Probe gives every other code the unknown state, which grants nothing.
// Not reported.
func (s *Service) Probe(ctx context.Context, user, serial string) Pairing {
	a, err := s.SP.AssignToken(ctx, user, serial)
	if err != nil {
		return PairingDeclined
	}
	if p, ok := pairingRows[a.ErrorCode]; ok {
		return p
	}
	return PairingUnknown
}
