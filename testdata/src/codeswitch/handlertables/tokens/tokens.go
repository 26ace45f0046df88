// Package tokens is a field-service company's SurePassID client: the codes
// it names and the calls its technicians' apps make through it.
package tokens

import "context"

// Code mirrors SurePassID's return codes.
type Code int

const (
	Success                          Code = 0
	OTPAlreadyUsed                   Code = 9002
	OTPInvalid                       Code = 9003
	MaximumFailedOTPRequestsExceeded Code = 9015
	BogusOTP                         Code = 9030
	TimeDriftInvalid                 Code = 9035
)

// Answer is the envelope of every reply.
type Answer struct {
	Code    Code   `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// API is the part of the server the apps call.
type API interface {
	CheckFirstOTP(ctx context.Context, tech, serial, otp string) (Answer, error)
}
