// Package otp sends and checks one-time codes for the mobile app.
package otp

import (
	"context"
	"errors"
	"fmt"

	"codeswitch/teamcodes/spapi"
)

type Code int

const (
	Replayed Code = 9002
	Invalid  Code = 9003
	Expired  Code = 9043
)

var ErrRejected = errors.New("otp rejected")

type Service struct{ API *spapi.Client }

// Check verifies otp.
func (s *Service) Check(ctx context.Context, user, otp string) error {
	resp, err := s.API.Do(ctx, spapi.Request{Type: "validate_oath_otp", Username: user, OTP: otp})
	if err != nil {
		return err
	}
	n, err := resp.Code.Int64()
	if err != nil {
		return fmt.Errorf("otp: bad code %q", resp.Code)
	}
	switch Code(n) { // want `fail-open switch over SurePassID return codes`
	case Replayed, Invalid, Expired:
		return ErrRejected
	}
	return nil
}

// CheckLegacy verifies otp through the WCF bridge.
func (s *Service) CheckLegacy(ctx context.Context, raw []byte) (bool, error) {
	resp, err := s.API.Legacy(ctx, "ValidateOTP", raw)
	if err != nil {
		return false, err
	}
	n, _ := resp.ErrorCode.Int64()
	if c := Code(n); c == Replayed || c == Invalid { // want `fail-open if-else chain over SurePassID return codes`
		return false, ErrRejected
	}
	return true, nil
}
