// Package devices holds the support desk's device handlers (chi routes
// over net/http): resetting a user's token, and re-verifying a user
// before a device change. Each answers a failure with an RFC 7807 problem
// whose status depends on the code.
package devices

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"

	"codeswitch/denyset/mfa"
)

// problemError writes an RFC 7807 problem.
func problemError(w http.ResponseWriter, r *http.Request, status int, title string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"title": title, "status": status, "instance": r.URL.Path})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// Handler holds the device handlers' dependencies.
type Handler struct {
	MFA     mfa.Client
	Devices interface {
		Replace(user, serial string) error
		Update(user string, edit func(trusted *bool))
	}
	Metrics interface{ Inc(name string) }
}

// Mount mounts the handlers.
func (h *Handler) Mount(r *chi.Mux) {
	r.Post("/users/{user}/devices/{serial}/reset", h.reset)
}

// reset answers success on a nil error and returns; below, every code
// failed, and the dispatch only picks the status of the problem. Not
// reported.
func (h *Handler) reset(w http.ResponseWriter, r *http.Request) {
	err := h.MFA.Unassign(r.Context(), chi.URLParam(r, "user"), chi.URLParam(r, "serial"))
	if err == nil {
		writeJSON(w, map[string]string{"status": "reset"})
		return
	}
	status := http.StatusBadGateway
	if me, ok := mfa.AsError(err); ok {
		if me.Code == mfa.DeviceNotFound {
			status = http.StatusNotFound
		}
	}
	problemError(w, r, status, "could not reset")
}

// resetAll reads the code with an if chain below the success return.
// Not reported.
func (h *Handler) resetAll(w http.ResponseWriter, r *http.Request) {
	err := h.MFA.Unassign(r.Context(), chi.URLParam(r, "user"), "")
	if err == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	title := "could not reset"
	if me, ok := mfa.AsError(err); ok {
		if me.Code == mfa.DeviceNotFound {
			title = "no such device"
		} else if me.Code == mfa.PartnerUserLoginDisabled {
			h.Metrics.Inc("reset.disabled")
		}
	}
	problemError(w, r, http.StatusBadGateway, title)
}

// replace re-verifies the user: Success replaces the device and returns;
// every other code is refused below, the dispatch only picking the
// status. Not reported.
func (h *Handler) replace(w http.ResponseWriter, r *http.Request) {
	user := chi.URLParam(r, "user")
	res, err := h.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		problemError(w, r, http.StatusBadGateway, "try again")
		return
	}
	if res.OK() {
		if err := h.Devices.Replace(user, r.FormValue("serial")); err != nil {
			problemError(w, r, http.StatusConflict, "could not replace")
			return
		}
		writeJSON(w, map[string]string{"status": "replaced"})
		return
	}
	status := http.StatusUnauthorized
	switch res.ErrorCode {
	case mfa.MaxFailedOtpRequests, mfa.MaxUserAttempts:
		status = http.StatusTooManyRequests
	case mfa.PartnerUserLoginDisabled:
		status = http.StatusForbidden
	}
	problemError(w, r, status, "not verified")
}

// enroll returns on Success first, then names a few codes; the path below
// only counts and refuses. Not reported.
func (h *Handler) enroll(w http.ResponseWriter, r *http.Request) {
	user := chi.URLParam(r, "user")
	res, err := h.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		problemError(w, r, http.StatusBadGateway, "try again")
		return
	}
	if res.ErrorCode == mfa.Success {
		writeJSON(w, map[string]string{"status": "enrolled"})
		return
	}
	if res.ErrorCode == mfa.OtpInvalid || res.ErrorCode == mfa.BogusOtp {
		h.Metrics.Inc("enroll.wrong_otp")
	}
	problemError(w, r, http.StatusUnauthorized, "not verified")
}

// swap returns on Success first, refuses the wrong codes, and replaces
// the device for every other failure: the path below the success return
// grants. Reported.
func (h *Handler) swap(w http.ResponseWriter, r *http.Request) {
	user := chi.URLParam(r, "user")
	res, err := h.MFA.Verify(r.Context(), user, r.FormValue("otp"))
	if err != nil {
		problemError(w, r, http.StatusBadGateway, "try again")
		return
	}
	if res.OK() {
		_ = h.Devices.Replace(user, r.FormValue("serial"))
		writeJSON(w, map[string]string{"status": "replaced"})
		return
	}
	if res.ErrorCode == mfa.OtpInvalid || res.ErrorCode == mfa.BogusOtp { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall through unhandled`
		problemError(w, r, http.StatusUnauthorized, "wrong code")
		return
	}
	_ = h.Devices.Replace(user, r.FormValue("serial"))
	writeJSON(w, map[string]string{"status": "replaced"})
}

// unlock answers Success first; below, it sets the header Success's answer
// sets too, counts the lockouts, and writes the problem. Not reported.
func (h *Handler) unlock(w http.ResponseWriter, r *http.Request) {
	res, err := h.MFA.Verify(r.Context(), chi.URLParam(r, "user"), r.FormValue("otp"))
	if err != nil {
		problemError(w, r, http.StatusBadGateway, "try again")
		return
	}
	if res.OK() {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "unlocked"})
		return
	}
	status := http.StatusUnauthorized
	if res.ErrorCode == mfa.MaxUserAttempts {
		status = http.StatusLocked
		h.Metrics.Inc("unlock.locked")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": "not verified"})
}

// Forget forgets the device on Success and, by name, when SurePassID no
// longer knows it (already gone: the same forgetting as Success's);
// every other code is refused by the default. Not reported.
func (h *Handler) Forget(ctx context.Context, user, serial string) error {
	err := h.MFA.Unassign(ctx, user, serial)
	if err == nil {
		h.Devices.Update(user, func(trusted *bool) { *trusted = false })
		return nil
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return errors.New("the device service is unavailable")
	}
	me, ok := mfa.AsError(err)
	if !ok {
		return err
	}
	switch me.Code {
	case mfa.DeviceNotFound:
		h.Devices.Update(user, func(trusted *bool) { *trusted = false })
		return nil
	default:
		return errors.New("could not forget the device")
	}
}
