// Package gate turns SurePassID answers into permit/refuse rulings for the
// teller app. The rulings are data: a struct value per code.
package gate

import "codeswitch/policies/rc"

// Ruling is what the teller app does with an answer.
type Ruling struct {
	Permit bool
	Why    string
}

var (
	permitted = Ruling{Permit: true, Why: "ok"}
	refuse    = func(why string) Ruling { return Ruling{Permit: false, Why: why} }
)

// StepUp refuses four codes with a builder held in a variable and
// permits every other one: reported.
func StepUp(code int) Ruling {
	switch code { // want `fail-open switch over SurePassID return codes`
	case rc.RcOtpInvalid, rc.RcBogusOtp:
		return refuse("otp")
	case rc.RcSendOtpExpired:
		return refuse("expired")
	case rc.RcPartnerUserLoginFailed:
		return refuse("unknown")
	}
	return permitted
}

// Enroll writes its refusals as literals leaving Permit out, as an
// if-else chain: reported.
func Enroll(code int) Ruling {
	if code == rc.RcDeviceInvalid { // want `fail-open if-else chain over SurePassID return codes`
		return Ruling{Why: "device"}
	} else if code == rc.RcDeviceDisabled || code == rc.RcDeviceNotFound {
		return Ruling{Why: "device state"}
	}
	return permitted
}

// Login ends in a default that refuses: not reported.
func Login(code int) Ruling {
	switch code {
	case rc.RcSuccess:
		return permitted
	case rc.RcOtpInvalid, rc.RcBogusOtp, rc.RcOtpAlreadyUsed:
		return refuse("otp")
	default:
		return refuse("rejected")
	}
}

// Session is an allow-list: not reported.
func Session(code int) Ruling {
	if code == rc.RcSuccess || code == rc.RcProvisioned {
		return permitted
	}
	return refuse("session")
}

// Delivery picks a retry, not a ruling: not reported.
func Delivery(code int) (retry bool) { // want Delivery:"codeswitch\\(predicate: true when param 0 is SMSSendError, EmailSendError\\)"
	switch code {
	case rc.RcSmsSendError, rc.RcEmailSendError:
		return true
	}
	return false
}
