// Package lockers releases parcel lockers when SurePassID tells the
// webhook that the courier approved the push. The listed branches only
// note the refusal and fall out of the dispatch; the final else or default
// does what only an approval may do.
package lockers

import (
	"encoding/json"
	"log"
	"net/http"
)

// Path is where the SurePassID push answers are posted.
const Path = "/hooks/surepassid/push"

// Mount registers the webhook.
func (h *Hook) Mount(mux *http.ServeMux) { mux.HandleFunc(Path, h.Answer) }

// pushAnswer is the body SurePassID posts for a push answer.
type pushAnswer struct {
	Courier string `json:"username"`
	Locker  string `json:"deviceName"`
	Code    int64  `json:"errorCode"`
	Message string `json:"errorMessage"`
}

// Bank drives the locker hardware.
type Bank interface {
	Release(locker, courier string) error
	Blink(locker string)
}

// Hook receives the push answers.
type Hook struct {
	Bank  Bank
	Stats map[string]int
}

func (h *Hook) decode(w http.ResponseWriter, r *http.Request) (pushAnswer, bool) {
	var a pushAnswer
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return a, false
	}
	return a, true
}

// Answer notes two refusals and releases the locker for every other code:
// reported.
func (h *Hook) Answer(w http.ResponseWriter, r *http.Request) {
	a, ok := h.decode(w, r)
	if !ok {
		return
	}
	if a.Code == 9106 { // want `fail-open if-else chain over SurePassID return codes: \d+ security-relevant codes fall into a (final else|default) that does not fail closed`
		log.Printf("courier %s refused the push", a.Courier)
	} else if a.Code == 9043 {
		log.Printf("push for %s timed out", a.Courier)
	} else {
		if err := h.Bank.Release(a.Locker, a.Courier); err != nil {
			log.Printf("release %s: %v", a.Locker, err)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// Switched is Answer as a switch whose default releases: reported.
func (h *Hook) Switched(w http.ResponseWriter, r *http.Request) {
	a, ok := h.decode(w, r)
	if !ok {
		return
	}
	switch a.Code { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall into a (final else|default) that does not fail closed`
	case 9106, 9107:
		log.Printf("refused: %s", a.Message)
	case 9043:
		log.Printf("expired: %s", a.Courier)
	default:
		h.Bank.Release(a.Locker, a.Courier)
		h.Bank.Blink(a.Locker)
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "seen"})
}

// Approved releases only on Success and notes everything else: not
// reported.
func (h *Hook) Approved(w http.ResponseWriter, r *http.Request) {
	a, ok := h.decode(w, r)
	if !ok {
		return
	}
	if a.Code == 9106 {
		log.Printf("courier %s refused the push", a.Courier)
	} else if a.Code == 0 {
		h.Bank.Release(a.Locker, a.Courier)
	} else {
		log.Printf("push for %s failed: %d", a.Courier, a.Code)
	}
	w.WriteHeader(http.StatusNoContent)
}

// Guarded declines two codes by name and every other failure in the
// final branch before the else: not reported.
func (h *Hook) Guarded(w http.ResponseWriter, r *http.Request) {
	a, ok := h.decode(w, r)
	if !ok {
		return
	}
	if a.Code == 9106 {
		log.Printf("courier %s refused the push", a.Courier)
	} else if a.Code == 9043 {
		log.Printf("push for %s timed out", a.Courier)
	} else if a.Code != 0 {
		log.Printf("push for %s failed: %d", a.Courier, a.Code)
	} else {
		h.Bank.Release(a.Locker, a.Courier)
	}
	w.WriteHeader(http.StatusNoContent)
}

// Tally counts the answers it does not name: bookkeeping, no action only
// an approval may take, so the logging branch declines nothing. Not
// reported.
func (h *Hook) Tally(w http.ResponseWriter, r *http.Request) {
	a, ok := h.decode(w, r)
	if !ok {
		return
	}
	if a.Code == 9106 {
		log.Printf("refused")
	} else {
		h.Stats["answers"]++
	}
	w.WriteHeader(http.StatusNoContent)
}

// Tagless is Answer as a switch without a tag: reported.
func (h *Hook) Tagless(w http.ResponseWriter, r *http.Request) {
	a, ok := h.decode(w, r)
	if !ok {
		return
	}
	switch { // want `fail-open switch over SurePassID return codes: \d+ security-relevant codes fall into a default that does not fail closed`
	case a.Code == 9106 || a.Code == 9107:
		log.Printf("courier %s refused the push", a.Courier)
	case a.Code == 9043:
		log.Printf("push for %s timed out", a.Courier)
	default:
		go h.Bank.Release(a.Locker, a.Courier)
	}
	w.WriteHeader(http.StatusNoContent)
}
