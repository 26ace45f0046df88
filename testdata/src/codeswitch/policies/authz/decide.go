package authz

// decide refuses the codes it lists and lets every other one through:
// reported.
func decide(code int) Decision {
	switch code { // want `fail-open switch over SurePassID return codes`
	case SP_OTP_INVALID, SP_BOGUS_OTP:
		return Decision{Allow: false, Reason: "invalid code", Status: 401}
	case SP_OTP_ALREADY_USED:
		return Decision{Allow: false, Reason: "code already used", Status: 401}
	case SP_PARTNER_USER_LOGIN_DISABLED, SP_ACCOUNT_EXPIRED:
		return Decision{Allow: false, Reason: "account unavailable", Status: 403}
	}
	return Decision{Allow: true}
}

// decideStepUp ends in the package's allow value: reported.
func decideStepUp(code int) Decision {
	switch code { // want `fail-open switch over SurePassID return codes`
	case SP_OTP_INVALID, SP_BOGUS_OTP, SP_SEND_OTP_EXPIRED:
		return deny("step-up failed")
	case SP_PARTNER_USER_LOGIN_FAILED:
		return Decision{Reason: "unknown user", Status: 401}
	}
	return allow
}

// decideSession answers pointers: reported.
func decideSession(code int) *Decision {
	switch code { // want `fail-open switch over SurePassID return codes`
	case SP_SESSION_TOKEN_INVALID:
		return &Decision{Allow: false, Reason: "session expired", Status: 401}
	case SP_OTP_INVALID:
		return &Decision{Reason: "invalid code", Status: 401}
	}
	return &Decision{Allow: true}
}

// decideDevice is the same as an if-else chain: reported.
func decideDevice(code int) Decision {
	if code == SP_DEVICE_INVALID || code == SP_DEVICE_NOT_FOUND { // want `fail-open if-else chain over SurePassID return codes`
		return Decision{Allow: false, Reason: "device", Status: 403}
	} else if code == SP_DEVICE_IN_USE {
		return deny("device in use")
	}
	return allow
}

// decideStrict refuses whatever it does not know: not reported.
func decideStrict(code int) Decision {
	switch code {
	case SP_SUCCESS:
		return allow
	case SP_OTP_INVALID, SP_BOGUS_OTP:
		return deny("invalid code")
	}
	return Decision{Allow: false, Reason: "rejected", Status: 401}
}

// decideEnroll allows Success and Provisioned only: not reported.
func decideEnroll(code int) Decision {
	if code == SP_SUCCESS || code == SP_PROVISIONED {
		return allow
	}
	return deny("enrollment failed")
}

// decideComputed refuses the listed codes and lets only Success through
// the flag it computes: not reported.
func decideComputed(code int) *Decision {
	switch code {
	case SP_OTP_INVALID, SP_BOGUS_OTP:
		return &Decision{Reason: "invalid code", Status: 401}
	}
	return &Decision{Allow: code == SP_SUCCESS, Reason: "verification failed", Status: 401}
}

// decideReplay computes a flag that grants every code but one: reported.
func decideReplay(code int) Decision {
	switch code { // want `fail-open switch over SurePassID return codes`
	case SP_OTP_INVALID, SP_BOGUS_OTP:
		return deny("invalid code")
	}
	return Decision{Allow: code != SP_OTP_ALREADY_USED}
}

// Delivery is another decision: whether to fall back to another channel.
type Delivery struct {
	Retry bool
	Via   string
}

// decideDelivery picks a channel; it grants nothing: not reported.
func decideDelivery(code int) Delivery {
	switch code {
	case SP_SMS_SEND_ERROR:
		return Delivery{Retry: true, Via: "voice"}
	case SP_EMAIL_SEND_ERROR:
		return Delivery{Retry: true, Via: "sms"}
	}
	return Delivery{}
}
