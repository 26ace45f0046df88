package signin

import (
	"errors"
	"net/http"

	"github.com/surepasslint/surepasslint/codes"

	"rawexposure/idp/spapi"
	"rawexposure/idp/sppolicy"
)

// Guards written as conditions: a raw text is allowed where the code is
// proved not security-relevant.
func (h *Handler) Resend(w http.ResponseWriter, r *http.Request) {
	err := h.SP.SendOTP(r.Context(), r.FormValue("user"))
	if err == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	var apiErr *spapi.Error
	if errors.As(err, &apiErr) && apiErr.Code == spapi.CodeSMSSendError {
		http.Error(w, apiErr.Message, http.StatusBadGateway) // allowed: SMSSendError is not security-relevant
		return
	}
	if errors.As(err, &apiErr) && sppolicy.Delivery(apiErr.Code) {
		http.Error(w, err.Error(), http.StatusBadGateway) // allowed: the predicate of another package proves it
		return
	}
	if errors.As(err, &apiErr) && deliveryProblem(apiErr.Code) {
		http.Error(w, apiErr.Message, http.StatusBadGateway) // allowed: this package's predicate proves it
		return
	}
	if errors.As(err, &apiErr) || apiErr.Code == spapi.CodeSMSSendError {
		http.Error(w, apiErr.Message, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from spapi.Error.Message\) written to the HTTP response`
		return
	}
	http.Error(w, err.Error(), http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from spapi.SendOTP\) written to the HTTP response`
}

// deliveryProblem is this package's own predicate, a switch.
func deliveryProblem(c spapi.Code) bool {
	switch c {
	case spapi.CodeSMSSendError, spapi.CodeEmailSendError:
		return true
	default:
		return false
	}
}

// notifyFailure builds on the predicate above.
func notifyFailure(c spapi.Code) bool {
	return deliveryProblem(c) || c == spapi.CodeEmailSendError
}

func (h *Handler) Notify(w http.ResponseWriter, r *http.Request) {
	var apiErr *spapi.Error
	if err := h.SP.SendOTP(r.Context(), r.FormValue("user")); errors.As(err, &apiErr) && notifyFailure(apiErr.Code) {
		http.Error(w, apiErr.Message, http.StatusBadGateway) // allowed: a predicate built on a predicate
	}
}

// Predicates that prove nothing: a security-relevant code among the listed
// ones, a negated "true implies" predicate.
func (h *Handler) ResendUnproved(w http.ResponseWriter, r *http.Request) {
	err := h.SP.SendOTP(r.Context(), r.FormValue("user"))
	var apiErr *spapi.Error
	if !errors.As(err, &apiErr) {
		return
	}
	if sppolicy.Retryable(apiErr.Code) {
		http.Error(w, apiErr.Message, http.StatusServiceUnavailable) // want `raw SurePassID errorMessage \(from spapi.Error.Message\) written to the HTTP response`
	}
	if !sppolicy.Delivery(apiErr.Code) {
		http.Error(w, apiErr.Message, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from spapi.Error.Message\) written to the HTTP response`
	}
}

// codes.Envelope responses: SecurityRelevant, a cross-package predicate
// with "false implies", a tenant policy's method predicate, a tagless switch.
type envelopeResponse struct {
	codes.Envelope
}

func (h *Handler) Envelope(w http.ResponseWriter, resp envelopeResponse, policy sppolicy.Policy) {
	if resp.Failed() && !resp.ErrorCode.SecurityRelevant() {
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed
	}
	if !sppolicy.Sensitive(resp.ErrorCode) {
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed
	}
	if sppolicy.Sensitive(resp.ErrorCode) {
		http.Error(w, resp.ErrorMessage, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
	code := spapi.Code(resp.ErrorCode)
	if policy.ShowDetail(code) {
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed
	}
	if !sppolicy.Quiet(code) {
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed
	}
	switch {
	case resp.ErrorCode == codes.EmailSendError, sppolicy.Delivery(code):
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed
	case resp.ErrorCode == codes.OTPInvalid:
		http.Error(w, resp.ErrorMessage, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
}

// Early returns: the sink after `if code.SecurityRelevant() { ...; return }`
// is reached only by codes that are not security-relevant.
func (h *Handler) EarlyReturn(w http.ResponseWriter, resp envelopeResponse) {
	if !resp.Failed() {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if resp.ErrorCode.SecurityRelevant() {
		http.Error(w, codes.GenericMessage, http.StatusUnauthorized)
		return
	}
	http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed: only codes that are not security-relevant get here
}

func (h *Handler) EarlyReturnUnproved(w http.ResponseWriter, resp envelopeResponse, fallback envelopeResponse) {
	if resp.ErrorCode == codes.OTPInvalid {
		http.Error(w, codes.GenericMessage, http.StatusUnauthorized)
		return
	}
	http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	if resp.ErrorCode.SecurityRelevant() {
		return
	}
	resp = fallback
	http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

func (h *Handler) EarlyReturnOneBranch(w http.ResponseWriter, resp envelopeResponse) {
	if h.Debug {
		if resp.ErrorCode.SecurityRelevant() {
			return
		}
	}
	http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

// Early exits in loops: `continue` guards the rest of the iteration; a
// range clause assigning the guarded response again ends the guard.
func (h *Handler) Batch(w http.ResponseWriter, results []envelopeResponse) {
	for _, resp := range results {
		if resp.ErrorCode.SecurityRelevant() {
			continue
		}
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed: security-relevant codes skip the iteration
	}
	if len(results) == 0 {
		return
	}
	resp := results[0]
	if resp.ErrorCode.SecurityRelevant() {
		return
	}
	for _, resp = range results[1:] {
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
}

// The else branch of a condition that proves it when false, and the default
// of a tagless switch whose case took every security-relevant code.
func (h *Handler) ElseBranch(w http.ResponseWriter, resp envelopeResponse) {
	if resp.ErrorCode.SecurityRelevant() {
		http.Error(w, codes.GenericMessage, http.StatusUnauthorized)
	} else {
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed
	}
	switch {
	case !resp.Failed():
		w.WriteHeader(http.StatusNoContent)
	case resp.ErrorCode.SecurityRelevant():
		http.Error(w, codes.GenericMessage, http.StatusUnauthorized)
	default:
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // allowed
	}
	switch {
	case resp.ErrorCode == codes.OTPInvalid:
		http.Error(w, codes.GenericMessage, http.StatusUnauthorized)
	default:
		http.Error(w, resp.ErrorMessage, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
}

// A proving condition stored in a local first: a guard while nothing it
// reads is assigned again.
func (h *Handler) StoredGuard(w http.ResponseWriter, r *http.Request) {
	err := h.SP.SendOTP(r.Context(), r.FormValue("user"))
	var apiErr *spapi.Error
	delivery := errors.As(err, &apiErr) && sppolicy.Delivery(apiErr.Code)
	if delivery {
		http.Error(w, apiErr.Message, http.StatusBadGateway) // allowed
		return
	}
	smsOnly := errors.As(err, &apiErr) && apiErr.Code == spapi.CodeSMSSendError
	retryErr := h.SP.SendOTP(r.Context(), r.FormValue("user"))
	errors.As(retryErr, &apiErr)
	if smsOnly {
		http.Error(w, apiErr.Message, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from spapi.Error.Message\) written to the HTTP response`
	}
}

// Past an early return a guard covers the message of the response whose
// code it checked, not what comes from elsewhere.
func (h *Handler) EarlyReturnScope(w http.ResponseWriter, r *http.Request, resp envelopeResponse) {
	code := resp.ErrorCode
	if code.SecurityRelevant() {
		http.Error(w, codes.GenericMessage, http.StatusUnauthorized)
		return
	}
	w.Header().Set("X-SurePass-Detail", resp.ErrorMessage) // allowed: code is resp's
	if err := h.SP.SendOTP(r.Context(), r.FormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from spapi.SendOTP\) written to the HTTP response`
	}
}
