// Package verdict classifies SurePassID's validate_user answers for a
// clinic's patient portal. The classifier keeps its lookup in a local and
// sends the codes the table leaves out to Granted, the migration's
// permissive default: reported at the lookup, where the codes are told
// apart. The table's codes pass the if without a branch of their own, so
// there is no branch to copy into a fix.
package verdict

import "context"

// Endpoint is SurePassID's REST endpoint.
const Endpoint = "https://sandbox.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Status mirrors SurePassID's return codes.
type Status int32

const (
	StatusSuccess           Status = 0
	StatusLoginFailed       Status = 9001
	StatusOTPInvalid        Status = 9003
	StatusLoginDisabled     Status = 9007
	StatusDatabaseError     Status = 9010
	StatusTooManyOTPs       Status = 9015
	StatusAccountExpired    Status = 9032
	StatusSendOTPExpired    Status = 9043
	StatusTooManyAttempts   Status = 9096
	StatusSessionInvalid    Status = 9106
	StatusSessionNotDeleted Status = 9108
)

// Result is validate_user's answer.
type Result struct {
	Status  Status `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Client calls SurePassID.
type Client interface {
	ValidateUser(ctx context.Context, user, pw string) (*Result, error)
}

// Outcome is what the portal does with a sign-in.
type Outcome int

const (
	Granted Outcome = iota
	Reject
	Lock
	Retry
)

var loginOutcomes = map[Status]Outcome{
	StatusLoginFailed:     Reject,
	StatusLoginDisabled:   Reject,
	StatusAccountExpired:  Reject,
	StatusTooManyOTPs:     Lock,
	StatusTooManyAttempts: Lock,
}

// Login admits every code loginOutcomes does not list.
func Login(s Status) Outcome {
	o, listed := loginOutcomes[s] // want `fail-open table lookup over SurePassID return codes: \d+ security-relevant codes fall into the branch for the codes the table leaves out .*\(no suggested fix: the table.s codes have no branch of their own to copy\)`
	if !listed {
		return Granted
	}
	return o
}

// Recovery is Login's fail-closed twin: an unlisted code is rejected.
// Not reported.
func Recovery(s Status) Outcome {
	o, listed := loginOutcomes[s]
	if !listed && s != StatusSuccess {
		return Reject
	}
	return o
}

var stepUpOutcomes = map[Status]Outcome{
	StatusSuccess:           Granted,
	StatusTooManyAttempts:   Lock,
	StatusTooManyOTPs:       Lock,
	StatusDatabaseError:     Retry,
	StatusSessionNotDeleted: Retry,
	StatusSendOTPExpired:    Retry,
}

// StepUp lists Success and rejects every code its table leaves out. Not
// reported.
func StepUp(s Status) Outcome {
	o, ok := stepUpOutcomes[s]
	if ok {
		return o
	}
	return Reject
}
