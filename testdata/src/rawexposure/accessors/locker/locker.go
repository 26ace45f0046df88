// Package locker serves the parcel lockers' unlock page.
package locker

import (
	"html/template"
	"log"
	"net/http"

	"rawexposure/accessors/lockerpb"
)

var page = template.Must(template.New("unlock").Parse(`<p>{{.Title}}</p><p>{{.Notice}}</p>`))

type unlockView struct {
	Title  string
	Notice string
}

// Unlocker asks the step-up service.
type Unlocker interface {
	Unlock(r *http.Request) (*lockerpb.UnlockReply, error)
	Door(r *http.Request) (*lockerpb.DoorReply, error)
}

// Handler serves the lockers.
type Handler struct{ U Unlocker }

func (h *Handler) open(w http.ResponseWriter, r *http.Request) {
	rep, err := h.U.Unlock(r)
	if err != nil {
		http.Error(w, "locker offline", http.StatusBadGateway)
		return
	}
	if rep.GetErrorCode() != lockerpb.UnlockStatus_UNLOCK_STATUS_SUCCESS {
		log.Printf("unlock refused: %s", rep.GetErrorMessage())
		http.Error(w, rep.GetErrorMessage(), http.StatusForbidden) // want `raw SurePassID errorMessage \(from lockerpb.GetErrorMessage\) written to the HTTP response`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) show(w http.ResponseWriter, r *http.Request) {
	rep, err := h.U.Unlock(r)
	if err != nil {
		http.Error(w, "locker offline", http.StatusBadGateway)
		return
	}
	view := unlockView{Title: "Your parcel"}
	if rep.GetErrorCode() != lockerpb.UnlockStatus_UNLOCK_STATUS_SUCCESS {
		view.Notice = rep.GetErrorMessage()
	}
	_ = page.Execute(w, view) // want `raw SurePassID errorMessage \(from lockerpb.GetErrorMessage\) written to the HTTP response`
}

// showSafe logs the message and shows a fixed notice: not reported.
func (h *Handler) showSafe(w http.ResponseWriter, r *http.Request) {
	rep, err := h.U.Unlock(r)
	if err != nil {
		http.Error(w, "locker offline", http.StatusBadGateway)
		return
	}
	view := unlockView{Title: "Your parcel"}
	if rep.GetErrorCode() != lockerpb.UnlockStatus_UNLOCK_STATUS_SUCCESS {
		log.Printf("unlock refused: %s", rep.GetErrorMessage())
		view.Notice = "We could not open the locker."
	}
	_ = page.Execute(w, view)
}

// door relays the door controller's own message, whose enum mirrors no
// SurePassID code: not reported.
func (h *Handler) door(w http.ResponseWriter, r *http.Request) {
	rep, err := h.U.Door(r)
	if err != nil {
		http.Error(w, "locker offline", http.StatusBadGateway)
		return
	}
	http.Error(w, rep.GetErrorMessage(), http.StatusConflict)
}

// Routes mounts the handlers.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/open", h.open)
	mux.HandleFunc("/show", h.show)
	mux.HandleFunc("/safe", h.showSafe)
	mux.HandleFunc("/door", h.door)
}
