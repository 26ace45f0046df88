// Package pushweb relays the push vendor's answer: not SurePassID's.
package pushweb

import (
	"net/http"

	"rawexposure/loose/keyed/pushvendor"
)

type Handler struct {
	Push *pushvendor.Client
}

func (h *Handler) Send(w http.ResponseWriter, r *http.Request) {
	status, msg, err := h.Push.Push(r.Context(), r.FormValue("device"), "hello")
	if err != nil {
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	if status == pushvendor.StatusBounced {
		http.Error(w, msg, http.StatusBadGateway)
	}
}
