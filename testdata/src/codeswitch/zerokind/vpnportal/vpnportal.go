// Package vpnportal answers the VPN self-service page: it sorts the
// SurePassID answer into the reply the page shows and acts on.
package vpnportal

import (
	"context"
	"net/http"

	"codeswitch/zerokind/spanswer"
)

// pageKind is how an unlock request is answered; the page reads
// pageDone as "your account is unlocked".
type pageKind int

const (
	pageDone pageKind = iota
	pageRetry
	pageCallDesk
)

// unlockPage keeps its answer in a local declared without a value and
// sets it only for the codes it lists: every other failure code returns
// pageDone, the zero value, and is told it is unlocked. Reported.
func unlockPage(a interface{ Code() int }) pageKind {
	var kind pageKind
	switch a.Code() { // want `fail-open switch over SurePassID return codes`
	case spanswer.RCOTPInvalid, spanswer.RCOTPAlreadyUsed:
		kind = pageRetry
	case spanswer.RCMaxFailedOTP, spanswer.RCTooManyAttempts, spanswer.RCOTPBypass:
		kind = pageCallDesk
	}
	return kind
}

// unlockPageStrict is its fail-closed twin: Success is listed and every
// other code sent to the desk. Not reported.
func unlockPageStrict(a interface{ Code() int }) pageKind {
	var kind pageKind
	switch a.Code() {
	case spanswer.RCSuccess:
		kind = pageDone
	case spanswer.RCOTPInvalid, spanswer.RCOTPAlreadyUsed:
		kind = pageRetry
	default:
		kind = pageCallDesk
	}
	return kind
}

// unlockPagePreset sets the local to a refusal before the switch and to
// pageDone only for Success. Not reported.
func unlockPagePreset(a spanswer.Answer) pageKind {
	kind := pageCallDesk
	switch a.ErrorCode {
	case spanswer.RCSuccess:
		kind = pageDone
	case spanswer.RCOTPInvalid, spanswer.RCOTPAlreadyUsed:
		kind = pageRetry
	}
	return kind
}

// Step is where the sign-in flow goes next.
type Step int

const (
	StepProceed Step = iota
	StepAskAgain
	StepLocked
)

// nextStep names its result and leaves it unset, StepProceed, for the
// codes it does not list, with a bare return. Reported.
func nextStep(a spanswer.Answer) (step Step) {
	switch a.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case spanswer.RCOTPInvalid:
		step = StepAskAgain
	case spanswer.RCTooManyAttempts, spanswer.RCDeviceDisabled:
		step = StepLocked
	}
	return
}

// Verdict is the answer the page renders; Kind's zero value lets the
// user in.
type Verdict struct {
	Kind   VerdictKind
	Reason string
}

// VerdictKind says what the page does.
type VerdictKind int

const (
	VerdictAllowed VerdictKind = iota
	VerdictRetry
	VerdictBlocked
)

// verdictFor leaves the Kind field of its result zero, VerdictAllowed,
// for the codes it does not list. Reported.
func verdictFor(a spanswer.Answer) Verdict {
	var v Verdict
	switch a.ErrorCode { // want `fail-open switch over SurePassID return codes`
	case spanswer.RCOTPInvalid, spanswer.RCOTPAlreadyUsed:
		v.Kind = VerdictRetry
		v.Reason = "Check the code and try again."
	case spanswer.RCOTPBypass:
		v.Kind = VerdictBlocked
	}
	return v
}

// verdictForStrict starts from a blocked verdict and allows only
// Success. Not reported.
func verdictForStrict(a spanswer.Answer) Verdict {
	v := Verdict{Kind: VerdictBlocked}
	switch a.ErrorCode {
	case spanswer.RCSuccess:
		v.Kind = VerdictAllowed
	case spanswer.RCOTPInvalid:
		v.Kind = VerdictRetry
	}
	return v
}

// decisionFor builds the verdict behind a pointer and sets its Kind only
// for the codes it lists. Reported.
func decisionFor(code int) *Verdict {
	v := &Verdict{}
	if code == spanswer.RCOTPInvalid { // want `fail-open if-else chain over SurePassID return codes`
		v.Kind = VerdictRetry
	} else if code == spanswer.RCSessionTokenGone || code == spanswer.RCUserLoginFailed {
		v.Kind = VerdictBlocked
		v.Reason = "Sign in again."
	}
	return v
}

// decisionForStrict is its twin: built blocked, allowed for Success
// only. Not reported.
func decisionForStrict(code int) *Verdict {
	v := &Verdict{Kind: VerdictBlocked, Reason: "Sign in again."}
	if code == spanswer.RCSuccess {
		v.Kind = VerdictAllowed
	} else if code == spanswer.RCOTPInvalid {
		v.Kind = VerdictRetry
	}
	return v
}

// Portal serves the page.
type Portal struct{ SP spanswer.API }

// Unlock answers the page after an unlock request.
func (p *Portal) Unlock(w http.ResponseWriter, r *http.Request) {
	a, err := p.SP.UnlockUser(context.Background(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	switch unlockPage(a) {
	case pageDone:
		_, _ = w.Write([]byte("Your account is unlocked."))
	case pageRetry:
		http.Error(w, "That code did not work.", http.StatusUnauthorized)
	default:
		http.Error(w, "Please call the service desk.", http.StatusForbidden)
	}
	_ = unlockPageStrict(a)
	_ = unlockPagePreset(a)
	_ = nextStep(a)
	_ = verdictFor(a)
	_ = verdictForStrict(a)
	_ = decisionFor(a.ErrorCode)
	_ = decisionForStrict(a.ErrorCode)
}
