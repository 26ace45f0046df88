package grants

import "codeswitch/oidc/spwire"

// Verdict is what the consent step does after an OTP: the flag says
// whether consent is granted, Hint is shown on the page.
type Verdict struct {
	Permit   bool
	Hint     string
	Remember bool
}

// Approval is the same for the device step, with a past-tense flag.
type Approval struct {
	Accepted bool
	Reason   string
}

// verdictFor leaves every code it does not list to the permitting return
// (the flag left out is false: a refusal).
func verdictFor(st spwire.Status) Verdict {
	switch st { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
	case spwire.StatusOTPInvalid, spwire.StatusBogusOTP:
		return Verdict{Hint: "That code did not match."}
	case spwire.StatusOTPAlreadyUsed:
		return Verdict{Hint: "Wait for the next code."}
	}
	return Verdict{Permit: true, Remember: true}
}

// approvalFor refuses explicitly, and accepts the rest.
func approvalFor(st spwire.Status) *Approval {
	if st == spwire.StatusSessionTokenInvalid { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		return &Approval{Accepted: false, Reason: "device forgotten"}
	} else if st == spwire.StatusUserLoginDisabled {
		return &Approval{Reason: "account disabled"}
	}
	return &Approval{Accepted: true}
}

// strictVerdict grants Success only: fail-closed.
func strictVerdict(st spwire.Status) Verdict {
	switch st {
	case spwire.StatusSuccess:
		return Verdict{Permit: true}
	case spwire.StatusOTPAlreadyUsed:
		return Verdict{Hint: "Wait for the next code."}
	default:
		return Verdict{Hint: "That code did not match."}
	}
}

// hintFor maps codes to page text only: it decides nothing.
func hintFor(st spwire.Status) Verdict {
	switch st {
	case spwire.StatusOTPInvalid:
		return Verdict{Hint: "That code did not match."}
	}
	return Verdict{Hint: "Something went wrong."}
}

// Decide is what the handlers call.
func Decide(st spwire.Status) (Verdict, *Approval, Verdict, Verdict) {
	return verdictFor(st), approvalFor(st), strictVerdict(st), hintFor(st)
}
