// Package spcode holds the SurePassID return codes the sign-in service
// handles, under the team's own names.
package spcode

// Code is a SurePassID return code (errorCode).
type Code int64

const (
	Success        Code = 0
	LoginFailed    Code = 9001
	OTPReplay      Code = 9002
	OTPInvalid     Code = 9003
	Lockout        Code = 9015
	SendOTPExpired Code = 9043
	BypassAttempt  Code = 9051
	UserLockout    Code = 9096
)

// IsLocked reports whether c locks the account out.
func IsLocked(c Code) bool { return c == Lockout || c == UserLockout } // want IsLocked:"predicate: true when param 0 is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerUserAttempsExceeded"
