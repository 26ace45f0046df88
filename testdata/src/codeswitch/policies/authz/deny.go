package authz

import "log"

// denyCodes maps the codes that refuse a login to the reason shown.
var denyCodes = map[int]string{
	SP_OTP_INVALID:                 "invalid code",
	SP_BOGUS_OTP:                   "invalid code",
	SP_OTP_ALREADY_USED:            "code already used",
	SP_PARTNER_USER_LOGIN_DISABLED: "account disabled",
}

// decideLogin looks the code up in a deny table and allows any code the
// table leaves out: reported.
func decideLogin(code int) Decision {
	if reason, denied := denyCodes[code]; denied { // want `fail-open if-else chain over SurePassID return codes`
		return deny(reason)
	}
	return allow
}

// decidePush builds the refusal in place: reported.
func decidePush(code int) Decision {
	if reason, ok := denyCodes[code]; ok { // want `fail-open if-else chain over SurePassID return codes`
		return Decision{Allow: false, Reason: reason, Status: 401}
	}
	return Decision{Allow: true}
}

// decideReset declares the lookup before the if: reported.
func decideReset(code int) Decision {
	reason, denied := denyCodes[code] // want `fail-open table lookup over SurePassID return codes`
	if denied {
		return deny(reason)
	}
	return allow
}

// blocked is a set of refusing codes.
var blocked = map[int]struct{}{
	SP_DEVICE_INVALID:   {},
	SP_DEVICE_NOT_FOUND: {},
	SP_DEVICE_IN_USE:    {},
}

// decideTrust refuses the set's codes: reported.
func decideTrust(code int) Decision {
	if _, denied := blocked[code]; denied { // want `fail-open if-else chain over SurePassID return codes`
		return deny("device")
	}
	return allow
}

// allowCodes lists the answers that let a request through.
var allowCodes = map[int]bool{
	SP_SUCCESS:     true,
	SP_PROVISIONED: true,
}

// decideResume is an allow table: not reported.
func decideResume(code int) Decision {
	if _, ok := allowCodes[code]; ok {
		return allow
	}
	return deny("session refused")
}

// decideRefresh refuses the table's codes with their reason and every
// other code but Success generically: not reported.
func decideRefresh(code int) Decision {
	if reason, denied := denyCodes[code]; denied {
		return deny(reason)
	}
	if code != SP_SUCCESS {
		return deny("refused")
	}
	return allow
}

// retryVia maps delivery failures to another channel.
var retryVia = map[int]string{
	SP_SMS_SEND_ERROR:   "voice",
	SP_EMAIL_SEND_ERROR: "sms",
}

// deliveryFor picks a channel; it grants nothing: not reported.
func deliveryFor(code int) Delivery {
	if via, ok := retryVia[code]; ok {
		return Delivery{Retry: true, Via: via}
	}
	return Delivery{}
}

// audit only logs the table's codes; the caller decides: not reported.
func audit(user string, code int) {
	if reason, denied := denyCodes[code]; denied {
		log.Printf("login refused for %s: %s (%d)", user, reason, code)
	}
}

// decideOTP grants only Success after the table: not reported.
func decideOTP(code int) Decision {
	if reason, denied := denyCodes[code]; denied {
		return deny(reason)
	}
	return Decision{Allow: code == SP_SUCCESS, Reason: "rejected", Status: 401}
}
