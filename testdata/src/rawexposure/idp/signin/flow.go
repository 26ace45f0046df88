// Package signin serves the identity platform's sign-in endpoints over
// net/http. Its handlers reuse one message variable the way real handlers
// do: the raw text is logged, then replaced before anything is written.
package signin

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"rawexposure/idp/spapi"
)

type Handler struct {
	SP    *spapi.Client
	Log   *slog.Logger
	Debug bool
}

// Overwritten on every path before the sink: not reported.
func (h *Handler) SendCode(w http.ResponseWriter, r *http.Request) {
	err := h.SP.SendOTP(r.Context(), r.FormValue("user"))
	if err != nil {
		msg := err.Error()
		h.Log.Error("surepassid send_oath_otp", "err", msg)
		msg = "Sign-in failed."
		http.Error(w, msg, http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Overwritten in both branches: not reported.
func (h *Handler) VerifyOTP(w http.ResponseWriter, r *http.Request) {
	resp, err := h.SP.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "Sign-in failed.", http.StatusBadGateway)
		return
	}
	msg := resp.ErrorMessage
	status := http.StatusUnauthorized
	if resp.ErrorCode == spapi.CodeOTPInvalid {
		msg = "The code is wrong or has expired."
	} else {
		msg = "Sign-in failed."
		status = http.StatusForbidden
	}
	h.Log.Warn("otp rejected", "code", resp.ErrorCode)
	http.Error(w, msg, status)
}

// Overwritten in one branch only: the raw text may still reach the sink.
func (h *Handler) VerifyOTPOneBranch(w http.ResponseWriter, r *http.Request) {
	resp, err := h.SP.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "Sign-in failed.", http.StatusBadGateway)
		return
	}
	msg := resp.ErrorMessage
	if resp.ErrorCode == spapi.CodeOTPInvalid {
		msg = "The code is wrong or has expired."
	}
	http.Error(w, msg, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
}

// A safe default, the raw text in debug mode: may flow, reported.
func (h *Handler) VerifyDebug(w http.ResponseWriter, r *http.Request) {
	resp, err := h.SP.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "Sign-in failed.", http.StatusBadGateway)
		return
	}
	msg := "Sign-in failed."
	if h.Debug {
		msg = resp.ErrorMessage
	}
	if resp.ErrorCode != spapi.CodeSuccess {
		http.Error(w, msg, http.StatusUnauthorized) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to the HTTP response`
	}
}

// An inner msg := "..." is its own variable: it does not clean the outer one.
func (h *Handler) ShadowSafeInner(w http.ResponseWriter, r *http.Request) {
	err := h.SP.SendOTP(r.Context(), r.FormValue("user"))
	if err == nil {
		return
	}
	msg := err.Error()
	if errors.Is(err, http.ErrHandlerTimeout) {
		msg := "SurePassID timed out"
		h.Log.Warn(msg)
	}
	http.Error(w, msg, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from spapi.SendOTP\) written to the HTTP response`
}

// An inner raw msg does not taint the outer safe one; its own sink is reported.
func (h *Handler) ShadowRawInner(w http.ResponseWriter, r *http.Request) {
	resp, err := h.SP.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	msg := "Sign-in failed."
	if err == nil && resp.ErrorCode != spapi.CodeSuccess {
		msg := resp.ErrorMessage
		h.Log.Warn("otp rejected", "msg", msg)
		if h.Debug {
			w.Header().Set("X-Debug", msg) // want `raw SurePassID errorMessage \(from resp.ErrorMessage\) written to a response header`
		}
	}
	http.Error(w, msg, http.StatusUnauthorized)
}

// Retrying: the raw text of one attempt is logged, then replaced before
// the next; only safe text is left when the loop ends.
func (h *Handler) SendWithRetry(w http.ResponseWriter, r *http.Request) {
	note := ""
	for attempt := 1; attempt <= 3; attempt++ {
		err := h.SP.SendOTP(r.Context(), r.FormValue("user"))
		if err == nil {
			note = ""
			break
		}
		note = err.Error()
		h.Log.Warn("send otp", "attempt", attempt, "err", note)
		note = "We could not send the code."
		time.Sleep(time.Second)
	}
	if note != "" {
		http.Error(w, note, http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// The last attempt's raw text is written at the top of the next iteration
// and after the loop: both reported.
func (h *Handler) SendWithProgress(w http.ResponseWriter, r *http.Request) {
	last := "starting"
	for attempt := 1; attempt <= 3; attempt++ {
		fmt.Fprintf(w, "attempt %d (%s)\n", attempt, last) // want `raw SurePassID errorMessage \(from spapi.SendOTP\) written to the HTTP response`
		err := h.SP.SendOTP(r.Context(), r.FormValue("user"))
		if err == nil {
			return
		}
		last = err.Error()
	}
	fmt.Fprintln(w, "giving up:", last) // want `raw SurePassID errorMessage \(from spapi.SendOTP\) written to the HTTP response`
}

// publicText logs the raw text and returns a safe one: its result carries
// nothing, so its callers are not reported.
func publicText(log *slog.Logger, err error) string {
	text := err.Error()
	log.Error("surepassid", "err", text)
	text = "Sign-in failed."
	return text
}

// detailText returns the raw text in debug mode: its result carries err.
func detailText(debug bool, err error) string {
	text := "Sign-in failed."
	if debug {
		text = err.Error()
	}
	return text
}

func (h *Handler) Helpers(w http.ResponseWriter, r *http.Request) {
	err := h.SP.SendOTP(r.Context(), r.FormValue("user"))
	if err == nil {
		return
	}
	if h.Debug {
		http.Error(w, detailText(h.Debug, err), http.StatusBadGateway) // want `raw SurePassID errorMessage \(from spapi.SendOTP\) written to the HTTP response`
		return
	}
	http.Error(w, publicText(h.Log, err), http.StatusBadGateway)
}

// A closure may assign msg at any time: msg keeps everything stored in it.
func (h *Handler) ClosureAssigns(w http.ResponseWriter, r *http.Request) {
	msg := "Sign-in failed."
	var err error
	record := func() {
		h.Log.Error("surepassid", "err", err)
		msg = err.Error()
	}
	if err = h.SP.SendOTP(r.Context(), r.FormValue("user")); err != nil {
		record()
	}
	http.Error(w, msg, http.StatusBadGateway) // want `raw SurePassID errorMessage \(from spapi.SendOTP\) written to the HTTP response`
}

// Every case of the switch, default included, replaces the raw text.
func (h *Handler) SwitchOverwrites(w http.ResponseWriter, r *http.Request) {
	resp, err := h.SP.Validate(r.Context(), r.FormValue("user"), r.FormValue("otp"))
	if err != nil {
		http.Error(w, "Sign-in failed.", http.StatusBadGateway)
		return
	}
	text := resp.ErrorMessage
	h.Log.Info("surepassid", "msg", text)
	switch resp.ErrorCode {
	case spapi.CodeSuccess:
		text = "Signed in."
	case spapi.CodeOTPInvalid:
		text = "The code is wrong or has expired."
	default:
		text = "Sign-in failed."
	}
	fmt.Fprintln(w, text)
}
