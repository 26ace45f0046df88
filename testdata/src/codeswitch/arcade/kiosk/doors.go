package kiosk

import "codeswitch/arcade/tokensvc"

// onTap denies the login and OTP range and a "no" from the phone, and
// grants every other code: a bypass attempt, a database failure. Reported.
func (k *Kiosk) onTap(badge string, rep tokensvc.Reply, answer string) {
	var a Access
	code := rep.ReturnCode()
	if code >= tokensvc.LoginFailed && code <= tokensvc.OTPWrong { // want `fail-open if-else chain over SurePassID return codes: 80 security-relevant codes fall into a final else that does not fail closed`
		a = AccessDenied
	} else if answer == "no" {
		a = AccessDenied
	} else {
		a = AccessGranted
	}
	k.apply(badge, a)
}

// onTapStrict grants Success alone, whatever else the chain asks. Not
// reported.
func (k *Kiosk) onTapStrict(badge string, rep tokensvc.Reply, answer string) {
	var a Access
	code := rep.ReturnCode()
	if code != tokensvc.Ok {
		a = AccessDenied
	} else if answer == "no" {
		a = AccessDenied
	} else {
		a = AccessGranted
	}
	k.apply(badge, a)
}

// onTapRange denies the range, asks about the answer, and denies every
// other code in its final else. Not reported.
func (k *Kiosk) onTapRange(badge string, rep tokensvc.Reply, answer string) {
	code := rep.ReturnCode()
	if code >= tokensvc.LoginFailed && code < tokensvc.Database {
		k.apply(badge, AccessDenied)
	} else if answer == "no" {
		k.apply(badge, AccessDenied)
	} else if code == tokensvc.Ok {
		k.apply(badge, AccessGranted)
	} else {
		k.apply(badge, AccessDenied)
	}
}
