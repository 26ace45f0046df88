// Package spapi is a second team's SurePassID client: its own code type
// mirroring the published codes, and a table of verdicts keyed by it.
package spapi

import "context"

// Endpoint is SurePassID's REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Code is a SurePassID return code.
type Code int

const (
	Success                  Code = 0
	PartnerLoginFailed       Code = 9000
	OTPAlreadyUsed           Code = 9002
	OTPInvalid               Code = 9003
	MaxFailedOTPRequests     Code = 9015
	SendOTPExpired           Code = 9043
	OTPBypassAttempted       Code = 9051
	PartnerUserLoginDisabled Code = 9066
)

// Verdict is what the portal does with an answer.
type Verdict string

const (
	Allow     Verdict = "allow"
	Deny      Verdict = "deny"
	Challenge Verdict = "challenge"
)

// Verdicts is the portal's verdict for each code it knows.
var Verdicts = map[Code]Verdict{ // want Verdicts:"codeswitch\\(table\\)"
	Success:              Allow,
	OTPAlreadyUsed:       Deny,
	OTPInvalid:           Deny,
	MaxFailedOTPRequests: Deny,
	SendOTPExpired:       Challenge,
	OTPBypassAttempted:   Challenge,
}

// Reply is SurePassID's answer.
type Reply struct {
	Code    Code   `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Client checks a one-time password.
type Client interface {
	Check(ctx context.Context, user, otp string) (*Reply, error)
}
