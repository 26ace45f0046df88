// Package verdict holds the risk engine's enums.
package verdict

import "codeswitch/outcomedata/devreg"

// Verdict is how the risk engine treats a second-factor answer; its zero
// value lets the request through.
type Verdict int

const (
	VerdictAllow Verdict = iota
	VerdictChallenge
	VerdictBlock
	VerdictLocked
)

// Risk is a score band; its zero value settles nothing.
type Risk int

const (
	RiskUnknown Risk = iota
	RiskLow
	RiskHigh
)

// Reply is the engine's copy of an answer.
type Reply struct {
	Code devreg.Code
}

// Verdict is the engine's own reading of an answer: only Success is
// allowed.
func (r Reply) Verdict() Verdict {
	switch r.Code {
	case devreg.Success:
		return VerdictAllow
	case devreg.SMSSendError:
		return VerdictChallenge
	case devreg.OTPInvalid, devreg.BogusOTP:
		return VerdictBlock
	case devreg.MaximumFailedOTPRequestsExceeded, devreg.PartnerUserLoginLocked:
		return VerdictLocked
	default:
		return VerdictBlock
	}
}
