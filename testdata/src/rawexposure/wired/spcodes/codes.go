// Package spcodes mirrors the SurePassID return codes the shop reads.
package spcodes

const Success = 0

const (
	OtpAlreadyUsed = 9002
	OtpInvalid     = 9003
	BogusOtp       = 9030
)
