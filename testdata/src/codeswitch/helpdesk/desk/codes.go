package desk

import "codeswitch/helpdesk/otp"

// wrongCode reports the answers meaning the caller read the code wrong.
func wrongCode(code int) bool {
	return code == otp.SP_OTP_INVALID || code == otp.SP_OTP_REUSED || code == otp.SP_BOGUS_OTP
}

// lockedOut reports the answers meaning the account is locked.
func lockedOut(code int) bool {
	if code == otp.SP_MAX_FAILED_OTP {
		return true
	}
	return code == otp.SP_USER_LOGIN_DISABLED || code == otp.SP_ACCOUNT_EXPIRED
}

// verified is the desk's allow-list.
func verified(code int) bool { return code == otp.SP_SUCCESS }
