// Package acquiring reads the card acquirer's authorisation answers.
package acquiring

// The acquirer's answer numbers; 3-D Secure failures read like OTP ones.
const (
	Approved                = 0
	OTPAlreadyUsed          = 9002
	OTPInvalid              = 9003
	DatabaseError           = 9010
	MaximumCardUsesExceeded = 9006
)
