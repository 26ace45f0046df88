// Package wiredcodes holds the few return codes a storefront mirrors, left
// untyped so they compare with the ints its vendor interfaces answer.
package wiredcodes // want "relevant package"

const Success = 0

const (
	OtpAlreadyUsed          = 9002
	OtpInvalid              = 9003
	BogusOtp                = 9030
	LoginFailedInvalidToken = 9071
	SessionTokenInvalid     = 9106
)
