// Package portal is the loan portal's step-up handlers.
package portal

import (
	"errors"
	"log/slog"
	"net/http"

	"codeswitch/fallbacks/rules"
	"codeswitch/fallbacks/spauth"
)

type gate int

const (
	gateOpen gate = iota
	gateRetry
	gateClosed
	gateEscalate
)

// disburseGates lists the codes that stop a disbursement; Success is not
// listed, so it takes the default.
var disburseGates = map[spauth.Code]gate{
	spauth.OTPInvalid:               gateRetry,
	spauth.BogusOTP:                 gateRetry,
	spauth.PartnerUserLoginDisabled: gateClosed,
}

// Portal serves the step-up endpoints.
type Portal struct {
	SP  spauth.Client
	Log *slog.Logger
}

// Disburse gives gateOpen to every code the table leaves out. Reported.
func (p *Portal) Disburse(w http.ResponseWriter, r *http.Request) {
	rep, err := p.SP.ValidateOTP(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	switch rules.Or(disburseGates, rep.ErrorCode, gateOpen) { // want `fail-open table lookup over SurePassID return codes: rules.Or gives gateOpen, Success's value, to \d+ security-relevant codes disburseGates does not list`
	case gateRetry:
		http.Error(w, "try again", http.StatusUnauthorized)
		return
	case gateClosed:
		http.Error(w, "denied", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

var (
	errWrongOTP = errors.New("portal: wrong code")
	errLocked   = errors.New("portal: account locked")
)

// refusals maps the codes that refuse a payee change to an error.
var refusals = map[spauth.Code]error{
	spauth.OTPInvalid:               errWrongOTP,
	spauth.OTPAlreadyUsed:           errWrongOTP,
	spauth.PartnerUserLoginDisabled: errLocked,
}

// refusal is the package's own fallback lookup, written the other way.
func refusal(table map[spauth.Code]error, code spauth.Code, otherwise error) error { // want refusal:`fallback\(table 0, key 1, default 2\)`
	if err, ok := table[code]; ok {
		return err
	}
	return otherwise
}

// ChangePayee passes nil, the success value of a table of errors: every
// unlisted code changes the payee. Reported.
func (p *Portal) ChangePayee(rep *spauth.Reply) error {
	if err := refusal(refusals, rep.ErrorCode, nil); err != nil { // want `fail-open table lookup over SurePassID return codes: refusal gives nil`
		return err
	}
	return nil
}

// Explicit instantiates the helper by hand. Reported.
func (p *Portal) Explicit(rep *spauth.Reply) bool {
	return rules.Or[spauth.Code, gate](disburseGates, rep.ErrorCode, gateOpen) == gateOpen // want `fail-open table lookup`
}

// reviewGates lists Success: an unlisted code escalates. Not reported.
var reviewGates = map[spauth.Code]gate{
	spauth.Success:    gateOpen,
	spauth.OTPInvalid: gateRetry,
	spauth.BogusOTP:   gateRetry,
}

// Review escalates what the table does not know. Not reported.
func (p *Portal) Review(rep *spauth.Reply) gate {
	return rules.Or(reviewGates, rep.ErrorCode, gateEscalate)
}

// Closing passes a default some row holds: unlisted codes close, and so
// does Success (a table the team reads as "what closes"). Not reported.
func (p *Portal) Closing(rep *spauth.Reply) gate {
	return rules.Or(disburseGates, rep.ErrorCode, gateClosed)
}

// Strict falls back to an error: unlisted codes refuse. Not reported.
func (p *Portal) Strict(rep *spauth.Reply) error {
	return refusal(refusals, rep.ErrorCode, errLocked)
}

// logLevels picks how loudly a code is logged; the rest log at Info.
var logLevels = map[spauth.Code]slog.Level{
	spauth.DatabaseError:                    slog.LevelError,
	spauth.MaximumFailedOTPRequestsExceeded: slog.LevelWarn,
}

// Audit logs the code at its level. Not reported.
func (p *Portal) Audit(rep *spauth.Reply) {
	p.Log.Log(nil, rules.Or(logLevels, rep.ErrorCode, slog.LevelInfo), "validate", "code", int(rep.ErrorCode))
}

// Variadic goes through a look-alike that is not a fallback lookup. Not
// reported.
func (p *Portal) Variadic(rep *spauth.Reply) gate {
	return rules.First(disburseGates, rep.ErrorCode, gateOpen)
}

// statuses is another table keyed by HTTP statuses, not codes. Not
// reported.
var statuses = map[int]gate{
	http.StatusUnauthorized: gateRetry,
	http.StatusForbidden:    gateClosed,
}

// ByStatus looks an HTTP status up. Not reported.
func ByStatus(status int) gate {
	return rules.Or(statuses, status, gateOpen)
}
