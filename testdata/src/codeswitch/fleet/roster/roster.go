// Package roster activates couriers in bulk and confirms their phones:
// per-item dispatches in range loops, and a table of failure rows.
package roster

import (
	"context"
	"encoding/json"
	"net/http"

	"codeswitch/fleet/spcode"
)

// Courier is the fleet's record of one courier.
type Courier struct {
	ID      string
	User    string
	Active  bool
	Trusted string
}

// Store keeps couriers.
type Store interface {
	Get(ctx context.Context, id string) (*Courier, error)
	Save(ctx context.Context, c *Courier) error
}

// Roster activates couriers.
type Roster struct {
	SP    spcode.Client
	Store Store
}

type tally struct {
	Activated, Failed, Retry int
	Notes                    []string
}

// Activate skips two failures and a transient one item by item; every
// other code activates the courier. Reported.
func (r *Roster) Activate(ctx context.Context, byUser map[string]*Courier) (tally, error) {
	users := make([]string, 0, len(byUser))
	for u := range byUser {
		users = append(users, u)
	}
	rows, err := r.SP.FindUsers(ctx, users)
	if err != nil {
		return tally{}, err
	}
	var t tally
	for _, row := range rows {
		c := byUser[row.User]
		if c == nil {
			continue
		}
		switch row.Code { // want `fail-open switch over SurePassID return codes`
		case spcode.StatusNoDevices, spcode.StatusDeviceNotFound:
			t.Failed++
			t.Notes = append(t.Notes, c.ID+": needs enrollment")
			continue
		case spcode.StatusDatabaseError:
			t.Retry++
			t.Notes = append(t.Notes, c.ID+": retry")
			continue
		}
		c.Active = true
		if err := r.Store.Save(ctx, c); err != nil {
			return t, err
		}
		t.Activated++
	}
	return t, nil
}

// ActivateByIndex reads each row by its index and answers failures with
// an if chain. Reported.
func (r *Roster) ActivateByIndex(ctx context.Context, rows []spcode.Row, byUser map[string]*Courier) error {
	var notes []string
	for i := range rows {
		c := byUser[rows[i].User]
		if rows[i].Code == spcode.StatusLocked { // want `fail-open if-else chain over SurePassID return codes`
			notes = append(notes, c.ID+": locked")
			continue
		} else if rows[i].Code == spcode.StatusUserDisabled {
			notes = append(notes, c.ID+": disabled")
			continue
		}
		c.Active = true
		if err := r.Store.Save(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// ActivateClean activates only the clean answers and skips every other
// item. Not reported.
func (r *Roster) ActivateClean(ctx context.Context, rows []spcode.Row, byUser map[string]*Courier) error {
	for _, row := range rows {
		c := byUser[row.User]
		switch row.Code {
		case spcode.StatusOK:
		case spcode.StatusNoDevices:
			c.Trusted = ""
			continue
		default:
			continue
		}
		c.Active = true
		if err := r.Store.Save(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// Census counts the answers for the ops dashboard; nothing is granted
// after the switch. Not reported.
func Census(rows []spcode.Row) map[string]int {
	counts := map[string]int{}
	for _, row := range rows {
		switch row.Code {
		case spcode.StatusLocked, spcode.StatusUserDisabled:
			counts["blocked"]++
			continue
		case spcode.StatusNoDevices:
			counts["unenrolled"]++
			continue
		}
		counts["other"]++
	}
	return counts
}

type failure struct {
	status int
	code   string
	text   string
}

// confirmFailures words the failures a courier can fix themselves.
var confirmFailures = map[spcode.Status]failure{
	spcode.StatusOTPInvalid: {http.StatusUnauthorized, "OTP_INVALID", "That code did not match."},
	spcode.StatusNoDevices:  {http.StatusConflict, "NO_DEVICE", "Scan the QR code again."},
}

// Confirm answers the failures the table lists with their row; every
// other code trusts the phone. Reported.
func (r *Roster) Confirm(w http.ResponseWriter, req *http.Request) {
	c, err := r.Store.Get(req.Context(), req.Header.Get("X-Courier"))
	if err != nil {
		http.Error(w, "sign in again", http.StatusUnauthorized)
		return
	}
	st, err := r.SP.ValidateOTP(req.Context(), c.User, req.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if f, ok := confirmFailures[st]; ok { // want `fail-open if-else chain over SurePassID return codes`
		w.WriteHeader(f.status)
		_ = json.NewEncoder(w).Encode(map[string]string{"code": f.code, "message": f.text})
		return
	}
	c.Trusted = req.Header.Get("X-Device")
	if err := r.Store.Save(req.Context(), c); err != nil {
		http.Error(w, "try again later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// ConfirmClosed answers the listed failures with their row and every
// other failure with a generic refusal. Not reported.
func (r *Roster) ConfirmClosed(w http.ResponseWriter, req *http.Request) {
	c, err := r.Store.Get(req.Context(), req.Header.Get("X-Courier"))
	if err != nil {
		http.Error(w, "sign in again", http.StatusUnauthorized)
		return
	}
	st, err := r.SP.ValidateOTP(req.Context(), c.User, req.FormValue("otp"))
	if err != nil {
		http.Error(w, "try again later", http.StatusBadGateway)
		return
	}
	if f, ok := confirmFailures[st]; ok {
		http.Error(w, f.text, f.status)
		return
	}
	if st != spcode.StatusOK {
		http.Error(w, "verification failed", http.StatusForbidden)
		return
	}
	c.Trusted = req.Header.Get("X-Device")
	if err := r.Store.Save(req.Context(), c); err != nil {
		http.Error(w, "try again later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
