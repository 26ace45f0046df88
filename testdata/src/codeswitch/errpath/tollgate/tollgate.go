// Package tollgate is the toll operator's web API: a driver confirms a
// payout to a bank account or a new card with a one-time password. Its
// handlers answer a lockout first with errors.Is, then tell the other
// codes of the same error apart: one dispatch, judged (and reported) at
// the dispatch over the code.
package tollgate

import (
	"errors"
	"log/slog"
	"net/http"

	"codeswitch/errpath/tollsp"
)

// Payouts is the payout handler's dependencies.
type Payouts struct {
	SP   *tollsp.Client
	Send func(driver, iban string) error
}

// Payout answers the lockout, then two other codes, and pays out for the
// rest: reported at the switch, the lockout codes counted as handled.
func (p *Payouts) Payout(w http.ResponseWriter, r *http.Request) {
	driver := r.Header.Get("X-Driver")
	err := p.SP.CheckOTP(r.Context(), driver, r.FormValue("otp"))
	if errors.Is(err, tollsp.ErrLocked) {
		http.Error(w, "too many attempts", http.StatusTooManyRequests)
		return
	}
	switch tollsp.CodeOf(err) { // want `fail-open switch over SurePassID return codes: 79 security-relevant codes fall through unhandled \(PartnerLoginFailed, PartnerUserLoginFailed, OTPAlreadyUsed, and 76 more\)`
	case tollsp.OTPInvalid, tollsp.BogusOTP:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	if err := p.Send(driver, r.FormValue("iban")); err != nil {
		http.Error(w, "payout failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// NewCard keeps the code in a local and tests it in an if-else chain,
// after a log line: reported at the chain.
func (p *Payouts) NewCard(w http.ResponseWriter, r *http.Request) {
	driver := r.Header.Get("X-Driver")
	err := p.SP.CheckOTP(r.Context(), driver, r.FormValue("otp"))
	if errors.Is(err, tollsp.ErrLocked) {
		http.Error(w, "locked, call us", http.StatusForbidden)
		return
	}
	if err != nil {
		slog.Warn("new card otp", "driver", driver, "err", err)
	}
	if code := tollsp.CodeOf(err); code == tollsp.OTPInvalid { // want `fail-open if-else chain over SurePassID return codes: 79 security-relevant codes`
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	} else if code == tollsp.OTPAlreadyUsed {
		http.Error(w, "code already used", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Close answers the lockout, two codes, and every other failure in the
// switch's default: quiet.
func (p *Payouts) Close(w http.ResponseWriter, r *http.Request) {
	err := p.SP.CheckOTP(r.Context(), r.Header.Get("X-Driver"), r.FormValue("otp"))
	if errors.Is(err, tollsp.ErrLocked) {
		http.Error(w, "too many attempts", http.StatusTooManyRequests)
		return
	}
	switch tollsp.CodeOf(err) {
	case tollsp.Success:
	case tollsp.OTPInvalid, tollsp.BogusOTP:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	default:
		http.Error(w, "not verified", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Statement answers the lockout and one code, then every other failure
// with if err != nil after the switch: quiet.
func (p *Payouts) Statement(w http.ResponseWriter, r *http.Request) {
	err := p.SP.CheckOTP(r.Context(), r.Header.Get("X-Driver"), r.FormValue("otp"))
	if errors.Is(err, tollsp.ErrLocked) {
		http.Error(w, "too many attempts", http.StatusTooManyRequests)
		return
	}
	switch tollsp.CodeOf(err) {
	case tollsp.OTPInvalid:
		http.Error(w, "wrong code", http.StatusUnauthorized)
		return
	}
	if err != nil {
		http.Error(w, "not verified", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusOK)
}
