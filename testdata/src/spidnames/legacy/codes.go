// Package legacy ports the C# client's constants; nothing else names
// SurePassID.
package legacy // want "relevant package"

// Errno is the code, C style.
type Errno uint16

const (
	ERR_OTP_INVALID Errno = 9003
	ERR_BOGUS_OTP   Errno = 9030
)

// The untyped constants of the REST client.
const (
	SP_SUCCESS          = 0
	SP_OTP_ALREADY_USED = 9002
	SP_OTP_INVALID      = 9003
	SP_TIMEOUT          = -1
)

type Code int

const (
	CodeSuccess    Code = 0
	CodeOTPInvalid Code = 9003
	errBogusOTP    Code = 9030
)

func use(e Errno, c Code, n int) {
	_ = e // want "role code"
	_ = c // want "role code"
	_ = n
}
