// Package exports serves the itinerary exports behind a remembered
// session.
package exports

import (
	"net/http"

	"codeswitch/mapped/spauth"
	"codeswitch/mapped/stepup"
)

// Handler streams an export.
type Handler struct {
	Check func(r *http.Request) spauth.Code
	Next  http.Handler
}

// ServeHTTP only denies RouteDenied: the codes the table sends to
// RouteChallenge (a locked account) pass too, this switch's own failure
// beside the lookup's. Reported, without a fix: the table is
// stepup's.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	code := h.Check(r)
	switch stepup.SessionRoute(code) { // want `fail-open switch over SurePassID return codes: .* \(no suggested fix: `
	case stepup.RouteDenied:
		http.Error(w, "access denied", http.StatusForbidden)
		return
	}
	h.Next.ServeHTTP(w, r)
}
