// Package otpcodes keeps the SurePassID return codes as their decimal
// text, the way the identity provider client hands them back.
package otpcodes

const (
	OK                   = "0"
	PartnerUserLoginFail = "9001"
	OTPAlreadyUsed       = "9002"
	OTPInvalid           = "9003"
	UserLoginDisabled    = "9007"
	TooManyOTPRequests   = "9015"
	BogusOTP             = "9030"
	AccountExpired       = "9032"
	NoDevices            = "9036"
	SendOTPExpired       = "9043"
	MaxPartnerAttempts   = "9095"
	MaxUserAttempts      = "9096"
	RecoveryBadRid       = "9101"
	RecoveryExpired      = "9102"
	RecoveryNotFound     = "9104"
)

// Locked reports whether code says the account is locked for a while.
func Locked(code string) bool { // want Locked:"codeswitch\\(predicate: true when param 0 is MaximumFailedOTPRequestsExceeded, MaximumLoginPartnerAttempsExceeded, MaximumLoginPartnerUserAttempsExceeded\\)"
	switch code {
	case TooManyOTPRequests, MaxPartnerAttempts, MaxUserAttempts:
		return true
	}
	return false
}

// Replayed reports whether code says the OTP was used before.
func Replayed(code string) bool { // want Replayed:"codeswitch\\(predicate: true when param 0 is OTPAlreadyUsed, BogusOTP\\)"
	return code == OTPAlreadyUsed || code == BogusOTP
}
