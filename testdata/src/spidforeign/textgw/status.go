// Package textgw sends verification texts.
package textgw

// Endpoint is the provider's API.
const Endpoint = "https://verify.twilio.com/v2/Services"

// Status is the provider's answer.
type Status int

const (
	StatusSuccess        Status = 0
	StatusOTPInvalid     Status = 9003
	StatusOTPAlreadyUsed Status = 9002
	StatusSMSSendError   Status = 9012
)
