// Package gatekit is the lockers team's SurePassID client: its Verdict
// mirrors the return codes, and the predicates the terminals read it with
// name which way their true answer goes.
package gatekit

import "context"

// Endpoint is the SurePassID REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/OATH/OATHServer.aspx"

// Verdict mirrors SurePassID's APIReturnCode.
type Verdict int32

// The codes the terminals name.
const (
	VerdictOK             Verdict = 0
	VerdictLoginFailed    Verdict = 9001
	VerdictOTPReused      Verdict = 9002
	VerdictOTPInvalid     Verdict = 9003
	VerdictUserDisabled   Verdict = 9007
	VerdictDatabaseError  Verdict = 9010
	VerdictSMSSendError   Verdict = 9012
	VerdictMaxOTPFailures Verdict = 9015
	VerdictSessionInvalid Verdict = 9029
	VerdictBogusOTP       Verdict = 9030
	VerdictProvisioned    Verdict = 9045
	VerdictUserLocked     Verdict = 9096
)

// Answer is the envelope of every reply.
type Answer struct {
	ErrorCode    Verdict `json:"errorCode"`
	ErrorMessage string  `json:"errorMessage"`
}

// Client calls SurePassID.
type Client interface {
	CheckPIN(ctx context.Context, user, otp string) (*Answer, error)
	CheckSession(ctx context.Context, token string) (int32, error)
}

// throttled are the verdicts that mean the locker stays shut for a while.
var throttled = map[Verdict]bool{
	VerdictMaxOTPFailures: true,
	VerdictUserLocked:     true,
}

// Refused reports whether the locker must stay shut. It lists the typing
// mistakes and the throttled verdicts and says false for every other
// failure, 9007 among them: reported at its switch.
func (v Verdict) Refused() bool { // want Refused:"codeswitch\\(predicate: true when receiver is OTPAlreadyUsed, OTPInvalid, MaximumFailedOTPRequestsExceeded, and 2 more\\)"
	switch v { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, DeviceInvalid`
	case VerdictOTPReused, VerdictOTPInvalid, VerdictBogusOTP:
		return true
	}
	return throttled[v]
}

// Stalled reports the verdicts worth a retry: its name says nothing about
// which way true goes, and it is not judged on its own.
func (v Verdict) Stalled() bool { // want Stalled:"codeswitch\\(predicate: true when receiver is DatabaseError, SMSSendError\\)"
	return v == VerdictDatabaseError || v == VerdictSMSSendError
}

// Passed is an allow list: true for success and a provisioning notice
// only. Not reported.
func (a *Answer) Passed() bool { // want Passed:"codeswitch\\(predicate: true when receiver.ErrorCode is Success, Provisioned\\)"
	return a.ErrorCode == VerdictOK || a.ErrorCode == VerdictProvisioned
}

// SessionValid reports whether is_session_token_valid accepted the token:
// true for every code but the invalid token's, so a disabled or locked
// user's token passes. Reported at its comparison.
func SessionValid(code int32) bool { // want SessionValid:"codeswitch\\(predicate: true when param 0 is Success, PartnerLoginFailed, PartnerUserLoginFailed, and \\d+ more\\)"
	return code != int32(VerdictSessionInvalid) // want `fail-open predicate over SurePassID return codes: \d+ security-relevant codes answer accepted \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed`
}

// Locked reports the throttled verdicts for the lockout page: a narrow
// question, true only for them. Not judged on its own.
func (v Verdict) Locked() bool { // want Locked:"codeswitch\\(predicate: true when receiver is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerUserAttempsExceeded\\)"
	return v == VerdictMaxOTPFailures || v == VerdictUserLocked
}
