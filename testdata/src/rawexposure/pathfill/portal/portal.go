// Package portal serves the kiosk's screens over HTTP.
package portal

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"

	"rawexposure/pathfill/kiosk"
)

// Screens holds the kiosk desk.
type Screens struct{ Desk *kiosk.Desk }

func reply(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Screens) unlock(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.Unlock(r.Context(), r.FormValue("user"))
	if err != nil || !res.Unlocked {
		http.Error(w, "We could not unlock your account. Please see the front desk.", http.StatusForbidden)
		return
	}
	fmt.Fprintln(w, res.Note)
}

func (s *Screens) unlockJSON(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.Unlock(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if res.Unlocked {
		reply(w, http.StatusOK, map[string]string{"user": res.User, "note": res.Note})
		return
	}
	log.Printf("unlock %s refused: %s", res.User, res.Note)
	reply(w, http.StatusForbidden, map[string]string{"error": "not unlocked"})
}

func (s *Screens) unlockEcho(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.Unlock(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	heading := "Unlocked"
	if !res.Unlocked {
		heading = "Not unlocked"
	}
	fmt.Fprintf(w, "<h1>%s</h1><p>%s</p>", heading, res.Note) // want `raw SurePassID errorMessage`
}

func (s *Screens) unlockRefused(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.Unlock(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if !res.Unlocked {
		http.Error(w, res.Note, http.StatusForbidden) // want `raw SurePassID errorMessage`
		return
	}
	reply(w, http.StatusOK, map[string]string{"note": res.Note})
}

func (s *Screens) unlockQuoting(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.UnlockQuoting(r.Context(), r.FormValue("user"))
	if err != nil || !res.Unlocked {
		http.Error(w, "not unlocked", http.StatusForbidden)
		return
	}
	fmt.Fprintln(w, res.Note) // want `raw SurePassID errorMessage`
}

func (s *Screens) unlockNoted(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.UnlockNoted(r.Context(), r.FormValue("user"))
	if err != nil || !res.Unlocked {
		http.Error(w, "not unlocked", http.StatusForbidden)
		return
	}
	fmt.Fprintln(w, res.Note) // want `raw SurePassID errorMessage`
}

func (s *Screens) resync(w http.ResponseWriter, r *http.Request) {
	rep, err := s.Desk.Resync(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if rep.State != kiosk.SyncDone {
		reply(w, http.StatusConflict, map[string]string{"error": "token not resynchronized"})
		return
	}
	reply(w, http.StatusOK, rep)
}

func (s *Screens) resyncAny(w http.ResponseWriter, r *http.Request) {
	rep, err := s.Desk.Resync(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if rep.State == kiosk.SyncPending {
		reply(w, http.StatusAccepted, map[string]string{"state": "pending"})
		return
	}
	reply(w, http.StatusOK, rep) // want `raw SurePassID errorMessage`
}

func (s *Screens) resyncLoose(w http.ResponseWriter, r *http.Request) {
	rep, err := s.Desk.ResyncLoose(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if rep.State != kiosk.SyncDone {
		reply(w, http.StatusConflict, map[string]string{"error": "token not resynchronized"})
		return
	}
	reply(w, http.StatusOK, rep) // want `raw SurePassID errorMessage`
}

func (s *Screens) activate(w http.ResponseWriter, r *http.Request) {
	switch r.FormValue("step") {
	case "activate":
		act, err := s.Desk.Activate(r.Context(), r.FormValue("user"), r.FormValue("device"))
		if err != nil || !act.Active {
			http.Error(w, "device not activated", http.StatusConflict)
			return
		}
		fmt.Fprintf(w, "%s\n", act.Message)
	case "keep":
		act, err := s.Desk.ActivateKeeping(r.Context(), r.FormValue("user"), r.FormValue("device"))
		if err != nil || !act.Active {
			http.Error(w, "device not activated", http.StatusConflict)
			return
		}
		fmt.Fprintf(w, "%s\n", act.Message) // want `raw SurePassID errorMessage`
	}
}

func (s *Screens) unlockInline(w http.ResponseWriter, r *http.Request) {
	if res, err := s.Desk.Unlock(r.Context(), r.FormValue("user")); err == nil && res.Unlocked {
		fmt.Fprintln(w, res.Note)
		return
	}
	http.Error(w, "not unlocked", http.StatusForbidden)
}

func (s *Screens) unlockElse(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.Unlock(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if !res.Unlocked {
		http.Error(w, "not unlocked", http.StatusForbidden)
	} else {
		fmt.Fprintln(w, res.Note)
	}
}

func (s *Screens) unlockElseShown(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.Unlock(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	if res.Unlocked {
		fmt.Fprintln(w, "Unlocked.")
	} else {
		fmt.Fprintln(w, res.Note) // want `raw SurePassID errorMessage`
	}
}

func (s *Screens) resyncElse(w http.ResponseWriter, r *http.Request) {
	rep, err := s.Desk.Resync(r.Context(), r.FormValue("user"), r.FormValue("serial"))
	if err != nil || rep.State == kiosk.SyncFailed {
		reply(w, http.StatusConflict, map[string]string{"error": "token not resynchronized"})
	} else {
		reply(w, http.StatusOK, rep)
	}
}

func (s *Screens) passcode(w http.ResponseWriter, r *http.Request) {
	out, err := s.Desk.ResetPasscode(r.Context(), r.FormValue("user"))
	if err != nil {
		log.Printf("reset passcode: %v (%s)", err, out.Comment)
		http.Error(w, "Your passcode could not be reset.", http.StatusConflict)
		return
	}
	fmt.Fprintln(w, out.Comment)
}

func (s *Screens) passcodeLogged(w http.ResponseWriter, r *http.Request) {
	out, err := s.Desk.ResetPasscode(r.Context(), r.FormValue("user"))
	if err != nil {
		log.Printf("reset passcode: %v", err)
	}
	fmt.Fprintln(w, out.Comment) // want `raw SurePassID errorMessage`
}

func (s *Screens) passcodeAudited(w http.ResponseWriter, r *http.Request) {
	out, err := s.Desk.ResetPasscode(r.Context(), r.FormValue("user"))
	err = audit(r.FormValue("user"))
	if err != nil {
		http.Error(w, "audit failed", http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, out.Comment) // want `raw SurePassID errorMessage`
}

func (s *Screens) passcodeQuiet(w http.ResponseWriter, r *http.Request) {
	out, err := s.Desk.ResetPasscodeQuiet(r.Context(), r.FormValue("user"))
	if err != nil {
		http.Error(w, "Your passcode could not be reset.", http.StatusConflict)
		return
	}
	fmt.Fprintln(w, out.Comment) // want `raw SurePassID errorMessage`
}

func audit(user string) error {
	log.Printf("passcode reset for %s", user)
	return nil
}

func (s *Screens) unlockSwitch(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.Unlock(r.Context(), r.FormValue("user"))
	switch {
	case err != nil:
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	case !res.Unlocked:
		http.Error(w, "not unlocked", http.StatusForbidden)
		return
	}
	fmt.Fprintln(w, res.Note)
}

func (s *Screens) unlockSwitchLogged(w http.ResponseWriter, r *http.Request) {
	res, err := s.Desk.Unlock(r.Context(), r.FormValue("user"))
	switch {
	case err != nil:
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	case !res.Unlocked:
		log.Printf("unlock refused for %s", res.User)
	}
	fmt.Fprintln(w, res.Note) // want `raw SurePassID errorMessage`
}

func (s *Screens) passcodeSwitch(w http.ResponseWriter, r *http.Request) {
	out, err := s.Desk.ResetPasscode(r.Context(), r.FormValue("user"))
	switch {
	case errors.Is(err, kiosk.ErrRefused):
		http.Error(w, "Your passcode could not be reset.", http.StatusConflict)
		return
	case err != nil:
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, out.Comment)
}
