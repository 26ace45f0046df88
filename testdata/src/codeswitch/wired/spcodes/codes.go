// Package spcodes mirrors the SurePassID return codes the storefront
// reads, untyped so they compare with the ints its interfaces answer.
package spcodes

const Success = 0

const (
	OtpAlreadyUsed          = 9002
	OtpInvalid              = 9003
	MaxFailedOtpRequests    = 9015
	BogusOtp                = 9030
	LoginFailedInvalidToken = 9071
	SessionTokenInvalid     = 9106
)
