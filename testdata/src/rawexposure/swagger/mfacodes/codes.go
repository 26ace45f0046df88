// Package mfacodes names the SurePassID return codes the team handles and
// the text its pages show for them.
package mfacodes

const (
	SUCCESS                     = 0
	LOGIN_FAILED                = 9001
	OTP_ALREADY_USED            = 9002
	OTP_INVALID                 = 9003
	BOGUS_OTP                   = 9030
	PARTNER_USER_LOGIN_DISABLED = 9007
	DATABASE_ERROR              = 9010
)

// UserMessage is the text shown for a code, never SurePassID's own.
func UserMessage(code int64) string {
	switch code {
	case SUCCESS:
		return "Signed in."
	case OTP_INVALID, BOGUS_OTP, OTP_ALREADY_USED:
		return "That code did not work. Request a new one."
	case PARTNER_USER_LOGIN_DISABLED:
		return "Your account is locked. Contact support."
	}
	return "Sign-in is unavailable right now."
}
