package portal

import (
	"context"

	"codeswitch/verdicts/idp"
)

// Ruling is what the front desk does with a sign-in. Its zero value
// refuses: a ruling that leaves Granted out refuses.
type Ruling struct {
	Granted bool
	Why     string
	Lock    bool
}

func badPassword(c idp.Code) bool {
	return c == idp.PartnerUserLoginFailed || c == idp.PartnerUserLoginFailedPasswordExpired
}

func lockedOut(c idp.Code) bool {
	if c == idp.MaximumFailedOTPRequestsExceeded {
		return true
	}
	return c == idp.MaximumLoginPartnerUserAttempsExceeded
}

// policyBlock rules on the SSO policy answers, a range and two codes,
// and lets every other answer in: reported.
func policyBlock(code idp.Code) Ruling {
	switch { // want `fail-open switch over SurePassID return codes`
	case code >= 9061 && code <= 9064:
		return Ruling{Why: "no access today"}
	case code == idp.SSOPolicyTimeRestriction, code == idp.SSOPolicyClientIPInvalid:
		return Ruling{Why: "outside policy", Lock: false}
	}
	return Ruling{Granted: true}
}

// frontDesk dispatches over the team's own predicates, then proceeds:
// reported.
func (s *Service) frontDesk(ctx context.Context, user, pw string) Ruling {
	env, err := s.sp.ValidateUser(ctx, user, pw)
	if err != nil {
		return Ruling{Why: "unavailable"}
	}
	code := env.Code()
	switch { // want `fail-open switch over SurePassID return codes`
	case badPassword(code):
		return Ruling{Why: "wrong password"}
	case lockedOut(code):
		return Ruling{Why: "locked", Lock: true}
	}
	return Ruling{Granted: true}
}

// strictDesk uses the same predicates and refuses everything else that
// is not Success: not reported.
func (s *Service) strictDesk(ctx context.Context, user, pw string) Ruling {
	env, err := s.sp.ValidateUser(ctx, user, pw)
	if err != nil {
		return Ruling{Why: "unavailable"}
	}
	switch code := env.Code(); {
	case code == idp.Success:
		return Ruling{Granted: true}
	case badPassword(code):
		return Ruling{Why: "wrong password"}
	case lockedOut(code):
		return Ruling{Why: "locked", Lock: true}
	default:
		return Ruling{Why: "refused"}
	}
}

// Note is a page notice; it has no success flag, so leaving fields out
// says nothing: a switch choosing notices decides nothing.
type Note struct {
	Text  string
	Level int
}

func noteFor(code idp.Code) Note {
	switch code {
	case idp.OTPInvalid:
		return Note{Text: "check the code and try again"}
	case idp.OTPAlreadyUsed:
		return Note{Text: "wait for the next code", Level: 1}
	}
	return Note{}
}

// Banner has a flag nobody in this file sets: leaving it out is no
// failure, so the switch decides nothing.
type Banner struct {
	OK   bool
	Body string
}

func bannerFor(code idp.Code) Banner {
	switch code {
	case idp.BogusOTP:
		return Banner{Body: "that was not a code"}
	}
	return Banner{Body: "welcome"}
}
