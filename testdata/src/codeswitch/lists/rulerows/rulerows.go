// Package rulerows decides what a SurePassID answer means for an echo
// API's sign-in and payee changes with ordered rule rows, the first row
// listing the code winning, walked in place.
package rulerows

import (
	"context"
	"errors"
	"net/http"
	"slices"

	"github.com/labstack/echo/v4"

	"codeswitch/lists/spcodes"
)

// Outcome is what a flow does with an answer.
type Outcome int

const (
	Proceed Outcome = iota
	AskAgain
	LockOut
	Refuse
)

type row struct {
	answers []int
	outcome Outcome
}

// signInRows leave Success and every unlisted answer to the fallback.
var signInRows = []row{
	{answers: []int{spcodes.OtpInvalid, spcodes.BogusOtp}, outcome: AskAgain},
	{answers: spcodes.Throttled(), outcome: LockOut},
	{answers: []int{spcodes.UserLoginFailed}, outcome: Refuse},
}

// payeeRows list Success; the fallback refuses.
var payeeRows = []*row{
	{answers: []int{spcodes.Success}, outcome: Proceed},
	{answers: []int{spcodes.OtpInvalid, spcodes.BogusOtp}, outcome: AskAgain},
	{answers: spcodes.Throttled(), outcome: LockOut},
}

// signInOutcome lets every answer no row lists proceed: a disabled
// account signs in. Reported.
func signInOutcome(code int) Outcome {
	for _, r := range signInRows {
		if slices.Contains(r.answers, code) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled .*no suggested fix: the rows are searched in order`
			return r.outcome
		}
	}
	return Proceed
}

// payeeOutcome refuses every answer no row lists. Quiet.
func payeeOutcome(code int) Outcome {
	for _, r := range payeeRows {
		if slices.ContainsFunc(r.answers, func(a int) bool { return a == code }) {
			return r.outcome
		}
	}
	return Refuse
}

// signUpLists group the answers by what sign-up does with them; the rest
// proceeds.
var signUpLists = map[Outcome][]int{
	AskAgain: {spcodes.OtpInvalid, spcodes.BogusOtp},
	LockOut:  {spcodes.MaxFailedOtpRequests, spcodes.UserLoginDisabled},
}

// signUpOutcome lets every answer no list holds proceed. Reported.
func signUpOutcome(code int) Outcome {
	for outcome, answers := range signUpLists {
		if slices.Contains(answers, code) { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled .*no suggested fix`
			return outcome
		}
	}
	return Proceed
}

// renewLists list Success; the rest is refused.
var renewLists = map[Outcome][]int{
	Proceed:  {spcodes.Success},
	AskAgain: {spcodes.OtpInvalid, spcodes.BogusOtp},
}

// renewOutcome refuses every answer no list holds. Quiet.
func renewOutcome(code int) Outcome {
	for outcome, answers := range renewLists {
		if slices.Contains(answers, code) {
			return outcome
		}
	}
	return Refuse
}

var (
	errWrongCode = errors.New("wrong code")
	errLocked    = errors.New("locked")
)

type refusal struct {
	code int
	err  error
}

// refusals name one answer each.
var refusals = []refusal{
	{code: spcodes.OtpInvalid, err: errWrongCode},
	{code: spcodes.OtpAlreadyUsed, err: errWrongCode},
	{code: spcodes.MaxFailedOtpRequests, err: errLocked},
}

// refusalFor lets every answer no row names through. Reported.
func refusalFor(code int) error {
	for _, r := range refusals {
		if r.code == code { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
			return r.err
		}
	}
	return nil
}

// strictRefusalFor refuses every answer but Success after the rows. Quiet.
func strictRefusalFor(code int) error {
	for _, r := range refusals {
		if code == r.code {
			return r.err
		}
	}
	if code != spcodes.Success {
		return errWrongCode
	}
	return nil
}

type statusRow struct {
	statuses []int
	outcome  Outcome
}

// gatewayRows are the payment gateway's HTTP statuses, not SurePassID's.
var gatewayRows = []statusRow{
	{statuses: []int{http.StatusUnauthorized, http.StatusForbidden}, outcome: Refuse},
	{statuses: []int{http.StatusTooManyRequests}, outcome: AskAgain},
}

// gatewayOutcome reads another vendor's answer. Quiet.
func gatewayOutcome(status int) Outcome {
	for _, r := range gatewayRows {
		if slices.Contains(r.statuses, status) {
			return r.outcome
		}
	}
	return Proceed
}

// Verifier asks SurePassID for a code.
type Verifier interface {
	Verify(ctx context.Context, user, otp string) (int, error)
}

// API serves the routes.
type API struct{ MFA Verifier }

// SignIn grants a session when signInOutcome proceeds.
func (a *API) SignIn(c echo.Context) error {
	code, err := a.MFA.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	if signInOutcome(code) != Proceed {
		return c.NoContent(http.StatusUnauthorized)
	}
	if err := refusalFor(code); err != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	return c.NoContent(http.StatusNoContent)
}

// ChangePayee changes the payee when payeeOutcome proceeds.
func (a *API) ChangePayee(c echo.Context) error {
	code, err := a.MFA.Verify(c.Request().Context(), c.FormValue("user"), c.FormValue("otp"))
	if err != nil || payeeOutcome(code) != Proceed || strictRefusalFor(code) != nil {
		return c.NoContent(http.StatusForbidden)
	}
	if gatewayOutcome(http.StatusOK) != Proceed {
		return c.NoContent(http.StatusPaymentRequired)
	}
	return c.NoContent(http.StatusNoContent)
}
