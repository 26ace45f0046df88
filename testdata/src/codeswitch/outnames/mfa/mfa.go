// Package mfa is the team's client of the SurePassID OTP check, with its
// own names for the outcomes the gateway tells apart.
package mfa

import "context"

// Endpoint is SurePassID's REST endpoint.
const Endpoint = "https://cloud.surepassid.com/AuthServer/REST/U2F/U2FServer.aspx"

// Request is the body of a validate_oath_otp call.
type Request struct {
	Type      string `json:"type"`
	Username  string `json:"username"`
	LoginName string `json:"spAccountLoginName"`
	LoginKey  string `json:"spAccountLoginKey"`
	OTP       string `json:"otp"`
}

// Answer is SurePassID's answer, decoded protobuf-style.
type Answer struct {
	ErrorCode    int32  `json:"errorCode"`
	ErrorMessage string `json:"errorMessage"`
}

// GetErrorCode returns the answer's code; 0 for a nil answer.
func (a *Answer) GetErrorCode() int32 {
	if a == nil {
		return 0
	}
	return a.ErrorCode
}

// Verifier checks a one-time password.
type Verifier interface {
	Verify(ctx context.Context, user, otp string) (*Answer, error)
}

// outcomeNames names the codes the gateway tells apart, for its
// decisions and its metrics.
var outcomeNames = map[int32]string{
	0:    "ok",
	9002: "replayed",
	9003: "invalid",
	9015: "locked",
	9051: "bypass",
	9010: "backend_error",
	9043: "expired",
}

// OutcomeNames returns the team's name of each code it knows.
func OutcomeNames() map[int32]string { return outcomeNames } // want OutcomeNames:"codeswitch\\(table\\)"

// Outcomes is the same table, exported.
var Outcomes = map[int32]string{ // want Outcomes:"codeswitch\\(table\\)"
	0:    "ok",
	9002: "replayed",
	9003: "invalid",
	9015: "locked",
	9051: "bypass",
	9043: "expired",
}

// Labels builds the table each call.
func Labels() map[int32]string { // want Labels:"codeswitch\\(table\\)"
	return map[int32]string{
		0:    "ok",
		9002: "replayed",
		9003: "invalid",
		9015: "locked",
	}
}

// Code is a SurePassID return code as the gateway passes it around.
type Code int32

// Outcome is the team's name for c; "" for a code the table leaves out.
func (c Code) Outcome() string { return outcomeNames[int32(c)] } // want Outcome:"codeswitch\\(table value\\)"

// OutcomeOf is Outcome for a plain code.
func OutcomeOf(code int32) string { return outcomeNames[code] } // want OutcomeOf:"codeswitch\\(table value\\)"
