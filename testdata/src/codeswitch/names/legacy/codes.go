// Package legacy ports the C# client's constants, untyped.
package legacy

const (
	SP_SUCCESS           = 0
	SP_OTP_ALREADY_USED  = 9002
	SP_OTP_INVALID       = 9003
	SP_MAX_FAILED_OTP    = 9015
	SP_ACCOUNT_EXPIRED   = 9032
	SP_SESSION_TOKEN_BAD = 9106
)

// Ports of the sidecar.
const (
	HTTP_PORT    = 9000
	METRICS_PORT = 9001
)
