package gate

import "codeswitch/policies/rc"

// deviceBlocks lists the device states that refuse trusting a device.
var deviceBlocks = map[int]Ruling{
	rc.RcDeviceInvalid:  refuse("device_invalid"),
	rc.RcDeviceDisabled: refuse("device_disabled"),
	rc.RcDeviceNotFound: refuse("device_missing"),
}

// TrustDevice looks the code up in a deny table and permits any code the
// table leaves out: reported.
func TrustDevice(code int) Ruling {
	if r, hit := deviceBlocks[code]; hit { // want `fail-open`
		return r
	}
	return permitted
}

// otpBlocks writes its rows as literals.
var otpBlocks = map[int]Ruling{
	rc.RcOtpInvalid:     {Why: "otp_invalid"},
	rc.RcOtpAlreadyUsed: {Permit: false, Why: "otp_reused"},
	rc.RcBogusOtp:       {Why: "otp_bogus"},
}

// Otp declares the lookup before the if: reported.
func Otp(code int) Ruling {
	r, hit := otpBlocks[code] // want `fail-open table lookup over SurePassID return codes`
	if hit {
		return r
	}
	return permitted
}

// sessionRules is an allow-list: a code it leaves out is refused.
var sessionRules = map[int]Ruling{
	rc.RcSuccess: permitted,
}

// Resume refuses every code the allow-list leaves out: not reported.
func Resume(code int) Ruling {
	r, found := sessionRules[code]
	if !found {
		return refuse("session_invalid")
	}
	return r
}

// enrollRules lists Success and refuses the rest by default: not
// reported.
var enrollRules = map[int]Ruling{
	rc.RcSuccess:       permitted,
	rc.RcProvisioned:   permitted,
	rc.RcDeviceInUse:   refuse("in_use"),
	rc.RcDeviceInvalid: refuse("device_invalid"),
}

// Provision refuses codes the table leaves out: not reported.
func Provision(code int) Ruling {
	if r, ok := enrollRules[code]; ok {
		return r
	}
	return refuse("enrollment_failed")
}

// Channel is a delivery choice, not a ruling.
type Channel struct {
	Via   string
	Delay int
}

var fallbacks = map[int]Channel{
	rc.RcSmsSendError:   {Via: "voice"},
	rc.RcEmailSendError: {Via: "sms"},
	rc.RcDatabaseError:  {Via: "sms", Delay: 30},
}

// Fallback picks another channel; it decides nothing: not reported.
func Fallback(code int) Channel {
	if ch, ok := fallbacks[code]; ok {
		return ch
	}
	return Channel{Via: "email"}
}
