package kiosk

import "codeswitch/arcade/tokensvc"

// AfterPassword moves on to the token for every code but the two it lists:
// a disabled user or a database failure reaches the token step. Reported.
func (s *Session) AfterPassword(rep *tokensvc.Reply) Stage {
	switch rep.ReturnCode() { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall into a default that does not fail closed \(PartnerLoginFailed, OTPAlreadyUsed, OTPInvalid, and 78 more\)`
	case tokensvc.LoginFailed:
		s.strikes++
		s.moveTo(StageRejected)
	case 9105: // password expired
		s.moveTo(StageResetPassword)
	default:
		s.moveTo(StageAwaitingToken)
	}
	return s.stage
}

// AfterToken sets the stage itself: a rejected stage for two codes, the
// granted one for every other. Reported.
func (s *Session) AfterToken(rep *tokensvc.Reply) {
	if c := rep.ReturnCode(); c == tokensvc.OTPWrong || c == tokensvc.OTPUsed { // want `fail-open if-else chain over SurePassID return codes: 81 security-relevant codes fall through unhandled`
		s.stage = StageRejected
		return
	}
	s.stage = StageGranted
	s.history = append(s.history, StageGranted)
}

// AfterPasswordStrict grants the token step to Success alone: the default
// rejects. Not reported.
func (s *Session) AfterPasswordStrict(rep *tokensvc.Reply) Stage {
	switch rep.ReturnCode() {
	case tokensvc.Ok:
		s.moveTo(StageAwaitingToken)
	case 9105:
		s.moveTo(StageResetPassword)
	case tokensvc.LoginFailed:
		s.strikes++
		s.moveTo(StageRejected)
	default:
		s.moveTo(StageRejected)
	}
	return s.stage
}

// AfterPush keeps waiting on an expired push and rejects every other
// failure. Not reported.
func (s *Session) AfterPush(rep *tokensvc.Reply) Stage {
	switch rep.ReturnCode() {
	case tokensvc.Ok:
		s.stage = StageGranted
	case tokensvc.PushExpired:
		s.stage = StageAwaitingToken
	default:
		s.stage = StageRejected
	}
	return s.stage
}

// nextStage returns the next stage: rejected for two codes, the token step
// for every other. Reported.
func nextStage(rep *tokensvc.Reply) Stage {
	switch rep.ReturnCode() { // want `fail-open switch over SurePassID return codes: 81 security-relevant codes fall through unhandled`
	case tokensvc.OTPWrong, tokensvc.OTPUsed:
		return StageRejected
	}
	return StageAwaitingToken
}

// nextStageStrict moves on for Success alone. Not reported.
func nextStageStrict(rep *tokensvc.Reply) Stage {
	switch rep.ReturnCode() {
	case tokensvc.Ok:
		return StageAwaitingToken
	case tokensvc.PushExpired:
		return StageIdle
	}
	return StageRejected
}
