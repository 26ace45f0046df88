package portal

import (
	"context"
	"net/http"

	"codeswitch/verdicts/idp"
)

// Step is what the sign-in page does next.
type Step int

const (
	StepContinue Step = iota
	StepRetry
	StepBlock
)

// retryable lists the answers after which the page asks for a new code.
var retryable = map[idp.Code]Step{
	idp.OTPInvalid: StepRetry,
	idp.BogusOTP:   StepRetry,
}

// nextStep falls back to continuing for every code the table leaves out:
// reported at the lookup, with the table's declaration as related
// information.
func nextStep(code idp.Code) Step {
	if st, ok := retryable[code]; ok { // want `fail-open if-else chain over SurePassID return codes`
		return st
	}
	return StepContinue
}

// reasons maps the answers that must stop the page to what it shows.
var reasons = map[idp.Code]string{
	idp.MaximumFailedOTPRequestsExceeded:       "too many attempts",
	idp.MaximumLoginPartnerUserAttempsExceeded: "account locked",
}

type Pages struct {
	sp    idp.Client
	start func(w http.ResponseWriter, user string)
}

// Confirm rejects the table's codes and signs in every other answer:
// reported, with the table as related information.
func (p *Pages) Confirm(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	rep, err := p.sp.ValidateOTP(context.Background(), user, r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	code := rep.Code()
	reason, blocked := reasons[code] // want `fail-open table lookup over SurePassID return codes`
	if blocked {
		http.Error(w, reason, http.StatusForbidden)
		return
	}
	p.start(w, user)
}

// allowed lists the answers that let a page through; everything else is
// refused: fail-closed, not reported.
var allowed = map[idp.Code]bool{
	idp.Success: true,
}

func (p *Pages) Gate(w http.ResponseWriter, r *http.Request) {
	rep, err := p.sp.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil || !allowed[rep.Code()] {
		http.Error(w, "refused", http.StatusForbidden)
		return
	}
	p.start(w, r.FormValue("user"))
}
