// Package authz decides what the API does with a SurePassID answer. Its
// decisions are data: a Decision value per return code.
package authz

// The SurePassID return codes this service cares about.
const (
	SP_SUCCESS                     = 0
	SP_PARTNER_USER_LOGIN_FAILED   = 9001
	SP_OTP_ALREADY_USED            = 9002
	SP_OTP_INVALID                 = 9003
	SP_DEVICE_INVALID              = 9004
	SP_PARTNER_USER_LOGIN_DISABLED = 9007
	SP_DATABASE_ERROR              = 9010
	SP_SMS_SEND_ERROR              = 9012
	SP_DEVICE_IN_USE               = 9019
	SP_DEVICE_NOT_FOUND            = 9021
	SP_BOGUS_OTP                   = 9030
	SP_EMAIL_SEND_ERROR            = 9031
	SP_ACCOUNT_EXPIRED             = 9032
	SP_SEND_OTP_EXPIRED            = 9043
	SP_PROVISIONED                 = 9045
	SP_SESSION_TOKEN_INVALID       = 9106
)

// Decision is what a handler does with an answer.
type Decision struct {
	Allow  bool
	Reason string
	Status int
}

var allow = Decision{Allow: true}

// deny builds a refusal.
func deny(reason string) Decision {
	return Decision{Allow: false, Reason: reason, Status: 401}
}
