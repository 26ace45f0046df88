// Package tokens binds hardware tokens to users for the helpdesk
// console. A binding ends in a status the console shows and stores; the
// answers SurePassID gives for a serial it cannot bind have statuses of
// their own.
package tokens

import (
	"context"

	"codeswitch/runtables/sp"
)

// BindStatus is where a binding ended up.
type BindStatus string

const (
	BindActive      BindStatus = "active"
	BindSerialTaken BindStatus = "serial_taken"
	BindNoSuchToken BindStatus = "no_such_token"
	BindLocked      BindStatus = "locked"
	BindRefused     BindStatus = "refused"
	BindQueued      BindStatus = "queued"
)

// bindOutcomes names the answers a binding is known to end with.
var bindOutcomes = map[sp.Code]BindStatus{
	sp.DeviceInUse:     BindSerialTaken,
	sp.DeviceNotFound:  BindNoSuchToken,
	sp.MaxUserAttempts: BindLocked,
}

// Service binds tokens.
type Service struct{ SP sp.Client }

// Bind gives every code the table leaves out the active status: a
// wrong OTP activates the token. Reported.
func (s *Service) Bind(ctx context.Context, user, serial string) (BindStatus, error) {
	a, err := s.SP.AssignToken(ctx, user, serial)
	if err != nil {
		return BindRefused, err
	}
	if st, known := bindOutcomes[a.Code()]; known { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return st, nil
	}
	return BindActive, nil
}

// Rebind looks the status up before the if. Reported.
func (s *Service) Rebind(ctx context.Context, user, serial string) BindStatus {
	a, err := s.SP.AssignToken(ctx, user, serial)
	if err != nil {
		return BindRefused
	}
	status, found := bindOutcomes[a.ErrorCode] // want `fail-open table lookup over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	if found {
		return status
	}
	return BindActive
}

// BindStrict activates only on Success; every other unlisted code is
// refused. Not reported.
func (s *Service) BindStrict(ctx context.Context, user, serial string) (BindStatus, error) {
	a, err := s.SP.AssignToken(ctx, user, serial)
	if err != nil {
		return BindRefused, err
	}
	if a.Code() == sp.Success {
		return BindActive, nil
	}
	if st, known := bindOutcomes[a.Code()]; known {
		return st, nil
	}
	return BindRefused, nil
}

// BindLater queues every unlisted code for a person to review: the
// queued status grants nothing. Not reported.
func (s *Service) BindLater(ctx context.Context, user, serial string) BindStatus {
	a, err := s.SP.AssignToken(ctx, user, serial)
	if err != nil {
		return BindRefused
	}
	if st, known := bindOutcomes[a.Code()]; known {
		return st
	}
	return BindQueued
}

// BannerText is what the console prints above the token list.
type BannerText string

const (
	BannerDone  BannerText = "Token ready"
	BannerTaken BannerText = "That serial belongs to someone else"
)

var banners = map[sp.Code]BannerText{
	sp.DeviceInUse:    BannerTaken,
	sp.DeviceNotFound: BannerTaken,
	sp.OtpInvalid:     BannerTaken,
}

// Banner only picks the text shown: a message type decides nothing. Not
// reported.
func Banner(a *sp.Answer) BannerText {
	if b, ok := banners[a.ErrorCode]; ok {
		return b
	}
	return BannerDone
}
