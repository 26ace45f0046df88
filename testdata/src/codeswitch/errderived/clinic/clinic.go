// Package clinic gates chart releases and refills on a clinician's OTP.
package clinic

import (
	"context"
	"errors"
	"log"

	"codeswitch/errderived/otpgate"
	"codeswitch/errderived/smsgate"
)

var (
	ErrWrongCode = errors.New("wrong code")
	ErrLocked    = errors.New("account locked")
	ErrFailed    = errors.New("verification failed")
)

type Service struct {
	gate  *otpgate.Client
	audit func(event, who string)
}

// ReleaseChart rejects every other error at the end of its chain: quiet.
func (s *Service) ReleaseChart(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	code, _ := otpgate.CodeOf(err)
	if code == 9003 || code == 9030 {
		return ErrWrongCode
	} else if code == 9015 || code == 9096 {
		return ErrLocked
	} else if err != nil {
		return ErrFailed
	}
	s.audit("chart-release", user)
	return nil
}

// Refill switches on the code and rejects the rest in its default: quiet.
func (s *Service) Refill(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	code, found := otpgate.Lookup(err)
	switch code {
	case 9003, 9030:
		return ErrWrongCode
	case 9015, 9096:
		return ErrLocked
	default:
		if err != nil {
			log.Printf("refill: code %d (found %v)", code, found)
			return ErrFailed
		}
	}
	s.audit("refill", user)
	return nil
}

// Transfer rejects every other error after its chain: quiet.
func (s *Service) Transfer(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	if code, ok := otpgate.CodeOf(err); ok && code == 9015 {
		return ErrLocked
	}
	if err != nil {
		return ErrFailed
	}
	s.audit("transfer", user)
	return nil
}

// Discharge lets every other failure code through: reported.
func (s *Service) Discharge(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	code, _ := otpgate.CodeOf(err)
	if code == 9003 || code == 9030 { // want `fail-open if-else chain over SurePassID return codes`
		return ErrWrongCode
	} else if code == 9015 || code == 9096 {
		return ErrLocked
	}
	s.audit("discharge", user)
	return nil
}

// Prescribe reads the code through errors.As and rejects every other
// error after it: quiet.
func (s *Service) Prescribe(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	var ae *otpgate.APIError
	if errors.As(err, &ae) {
		switch ae.Code {
		case 9003, 9030:
			return ErrWrongCode
		case 9015, 9096:
			return ErrLocked
		}
	}
	if err != nil {
		return ErrFailed
	}
	s.audit("prescribe", user)
	return nil
}

// Sign asks the error's own method and rejects the rest in the last
// case: quiet.
func (s *Service) Sign(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	ae, _ := err.(*otpgate.APIError)
	switch {
	case ae != nil && ae.ReturnCode() == 9003:
		return ErrWrongCode
	case ae != nil && ae.ReturnCode() == 9015:
		return ErrLocked
	case err != nil:
		return ErrFailed
	}
	s.audit("sign", user)
	return nil
}

// Dispense reads the code through errors.As but lets every unlisted
// failure dispense: reported.
func (s *Service) Dispense(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	var ae *otpgate.APIError
	if errors.As(err, &ae) {
		switch ae.Code { // want `fail-open switch over SurePassID return codes`
		case 9003, 9030:
			return ErrWrongCode
		case 9015, 9096:
			return ErrLocked
		}
	}
	s.audit("dispense", user)
	return nil
}

// Amend only logs the other errors in its default: reported.
func (s *Service) Amend(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	code, _ := otpgate.Lookup(err)
	switch code { // want `fail-open switch over SurePassID return codes`
	case 9003, 9030:
		return ErrWrongCode
	case 9015, 9096:
		return ErrLocked
	default:
		if err != nil {
			log.Printf("amend: %v", err)
		}
	}
	s.audit("amend", user)
	return nil
}

// Notify reads another vendor's code the same way and only maps it to
// texts: quiet.
func (s *Service) Notify(ctx context.Context, send func(context.Context) error) string {
	err := send(ctx)
	code, _ := smsgate.CodeOf(err)
	if code == 9003 || code == 9030 {
		return "number blocked"
	} else if code == 9015 {
		return "quota exceeded"
	}
	return "sent"
}

// Countersign asks the error's own method after a type assertion and
// rejects every other error after it: quiet.
func (s *Service) Countersign(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	if ae, ok := err.(*otpgate.APIError); ok {
		switch ae.ReturnCode() {
		case 9003, 9030:
			return ErrWrongCode
		case 9015, 9096:
			return ErrLocked
		}
	}
	if err != nil {
		return ErrFailed
	}
	s.audit("countersign", user)
	return nil
}

// Archive keeps the code only when there is one and rejects every other
// error after it: quiet.
func (s *Service) Archive(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	if code, ok := otpgate.CodeOf(err); ok {
		switch code {
		case 9015, 9096:
			return ErrLocked
		case 9003:
			return ErrWrongCode
		}
	}
	if err != nil {
		return ErrFailed
	}
	s.audit("archive", user)
	return nil
}

// Seal asks the error's own method after a type assertion but seals on
// every unlisted failure: reported.
func (s *Service) Seal(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	if ae, ok := err.(*otpgate.APIError); ok {
		switch ae.ReturnCode() { // want `fail-open switch over SurePassID return codes`
		case 9003, 9030:
			return ErrWrongCode
		case 9015, 9096:
			return ErrLocked
		}
	}
	s.audit("seal", user)
	return nil
}

// Refer tests errors.As in each link and rejects every other error in
// the last: quiet.
func (s *Service) Refer(ctx context.Context, user, otp string) error {
	err := s.gate.Verify(ctx, user, otp)
	var ae *otpgate.APIError
	if errors.As(err, &ae) && ae.Code == 9003 {
		return ErrWrongCode
	} else if errors.As(err, &ae) && (ae.Code == 9015 || ae.Code == 9096) {
		return ErrLocked
	} else if err != nil {
		return ErrFailed
	}
	s.audit("refer", user)
	return nil
}
